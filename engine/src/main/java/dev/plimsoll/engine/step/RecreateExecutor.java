package dev.plimsoll.engine.step;

import dev.plimsoll.grammar.ast.Recreate;

/** {@code recreate}: a new subject container with the same settings and volumes. */
final class RecreateExecutor implements StepExecutor<Recreate> {
    @Override
    public Verdict run(Recreate recreate, Container on, StepContext context) {
        context.recreateSubject();
        return Verdict.held(context.subject());
    }
}
