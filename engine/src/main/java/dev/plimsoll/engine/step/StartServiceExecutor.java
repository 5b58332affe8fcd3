package dev.plimsoll.engine.step;

import dev.plimsoll.grammar.ast.StartService;

/** {@code start service X}: done when X is ready again by its own waits, failed at its line when it is not. */
final class StartServiceExecutor implements StepExecutor<StartService> {
    @Override
    public Verdict run(StartService start, Container on, StepContext context) {
        return context.startService(start.service());
    }
}
