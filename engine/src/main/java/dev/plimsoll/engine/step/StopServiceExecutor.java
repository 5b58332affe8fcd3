package dev.plimsoll.engine.step;

import dev.plimsoll.grammar.ast.StopService;

/** {@code stop service X}: its stop signal, then SIGKILL after the exit deadline. */
final class StopServiceExecutor implements StepExecutor<StopService> {
    @Override
    public Verdict run(StopService stop, Container on, StepContext context) {
        Container service = context.service(stop.service());
        context.docker().stop(service.id(), context.deadlines().exitScaled());
        return Verdict.held(service);
    }
}
