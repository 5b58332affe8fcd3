package dev.plimsoll.engine.step;

import dev.plimsoll.engine.plan.CheckedPort;
import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.grammar.ast.ExpectPortOpen;
import java.util.List;

/** {@code expect port N open [within D]}; a port written {@code "${PORT}"} is resolved once, when the step runs. */
final class PortCheckExecutor implements StepExecutor<ExpectPortOpen> {
    @Override
    public Verdict run(ExpectPortOpen port, Container on, StepContext context) {
        CheckedPort checked = new Resolver(context.variables()).port(port.port());
        if (checked.port().isEmpty()) {
            return Verdict.of(List.of(checked.problem()), on);
        }
        return Verdict.of(
                Eventually.hold(
                        Within.check(port.within(), context.deadlines()),
                        () -> PortsOpen.mismatches(context, on, checked.port().get())),
                on);
    }
}
