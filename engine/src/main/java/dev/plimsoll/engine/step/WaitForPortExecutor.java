package dev.plimsoll.engine.step;

import dev.plimsoll.grammar.ast.WaitForPort;

/** {@code wait for port N}: polls the published port until something listens behind it. */
final class WaitForPortExecutor implements StepExecutor<WaitForPort> {
    @Override
    public Verdict run(WaitForPort wait, Container on, StepContext context) {
        return Polls.until(
                Within.waitFor(wait.within(), context.deadlines()),
                on,
                () -> PortsOpen.mismatches(context, on, wait.port()));
    }
}
