package dev.plimsoll.engine.step;

import dev.plimsoll.grammar.ast.Pause;

/** {@code pause D}: a fixed wait between two batches of work; not a deadline, so the timeout scale leaves it alone. */
final class PauseExecutor implements StepExecutor<Pause> {
    @Override
    public Verdict run(Pause pause, Container on, StepContext context) {
        try {
            Thread.sleep(pause.duration().millis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + pause.describe(), e);
        }
        return Verdict.held(on);
    }
}
