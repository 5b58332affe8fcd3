package dev.plimsoll.engine.step;

import dev.plimsoll.grammar.ast.StartService;

/** {@code start service X}: done when X is ready again by its own waits, failed at its line when it is not. */
final class StartServiceExecutor implements StepExecutor<StartService> {
    @Override
    public Verdict run(StartService start, Container on, StepContext context) {
        Verdict verdict = context.startService(start.service());
        context.accounts().forget(context.service(start.service()).id());
        return verdict;
    }
}
