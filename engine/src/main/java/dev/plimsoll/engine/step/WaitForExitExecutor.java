package dev.plimsoll.engine.step;

import dev.plimsoll.engine.Deadlines;
import dev.plimsoll.grammar.ast.WaitForExit;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code wait for exit N}: woken by the container's exit. In a service block it gates the services after it, as a
 * migration or init container does.
 */
final class WaitForExitExecutor implements StepExecutor<WaitForExit> {
    @Override
    public Verdict run(WaitForExit wait, Container on, StepContext context) {
        Duration deadline = Within.waitFor(wait.within(), context.deadlines());
        OptionalInt code = context.docker().awaitExit(on.id(), deadline);
        if (code.isEmpty()) {
            return Verdict.of(List.of(on.owner() + " is still running after " + Deadlines.describe(deadline)), on);
        }
        context.awaitLogEnd(on);
        return code.getAsInt() == wait.code()
                ? Verdict.held(on)
                : Verdict.of(
                        List.of(on.owner() + " exited with code " + code.getAsInt() + ", expected " + wait.code()), on);
    }
}
