package dev.plimsoll.engine.step;

import dev.plimsoll.engine.Deadlines;
import dev.plimsoll.grammar.ast.ExpectExit;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/** {@code expect exit N [within D]}: woken by the container's exit; the default deadline is the exit default. */
final class ExitCheckExecutor implements StepExecutor<ExpectExit> {
    @Override
    public Verdict run(ExpectExit exit, Container on, StepContext context) {
        Duration deadline = Within.or(exit.within(), context.deadlines().exitScaled(), context.deadlines());
        OptionalInt code = context.docker().awaitExit(on.id(), deadline);
        if (code.isEmpty()) {
            return Verdict.of(List.of("still running after " + Deadlines.describe(deadline)), on);
        }
        context.awaitLogEnd(on);
        return code.getAsInt() == exit.code()
                ? Verdict.held(on)
                : Verdict.of(List.of("exit code: expected " + exit.code() + ", got " + code.getAsInt()), on);
    }
}
