package dev.plimsoll.engine.step;

import dev.plimsoll.grammar.ast.Restart;

/** {@code restart}: stops the container (its stop signal, then the exit deadline) and starts it in place. */
final class RestartExecutor implements StepExecutor<Restart> {
    @Override
    public Verdict run(Restart restart, Container on, StepContext context) {
        context.docker().restart(on.id(), context.deadlines().exitScaled());
        context.accounts().forget(on.id());
        return Verdict.held(on);
    }
}
