package dev.plimsoll.engine.step;

import dev.plimsoll.engine.Deadlines;
import dev.plimsoll.grammar.ast.ExpectRunning;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/** {@code expect running after D}: the container must not exit for D. */
final class RunningCheckExecutor implements StepExecutor<ExpectRunning> {
    @Override
    public Verdict run(ExpectRunning running, Container on, StepContext context) {
        Duration after =
                context.deadlines().scaled(Duration.ofMillis(running.after().millis()));
        OptionalInt code = context.docker().awaitExit(on.id(), after);
        if (code.isEmpty()) {
            return Verdict.held(on);
        }
        context.awaitLogEnd(on);
        return Verdict.of(
                List.of(on.owner() + " exited with code " + code.getAsInt() + " within " + Deadlines.describe(after)),
                on);
    }
}
