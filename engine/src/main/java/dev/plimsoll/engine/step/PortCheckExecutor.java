package dev.plimsoll.engine.step;

import dev.plimsoll.grammar.ast.ExpectPortOpen;

/** {@code expect port N open [within D]}. */
final class PortCheckExecutor implements StepExecutor<ExpectPortOpen> {
    @Override
    public Verdict run(ExpectPortOpen port, Container on, StepContext context) {
        return Verdict.of(
                Eventually.hold(
                        Within.check(port.within(), context.deadlines()),
                        () -> PortsOpen.mismatches(context, on, port.port())),
                on);
    }
}
