package dev.plimsoll.engine.step;

import dev.plimsoll.engine.plan.CheckedPort;
import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.grammar.ast.WaitForPort;
import java.util.List;

/** {@code wait for port N}: polls the published port until something listens behind it. */
final class WaitForPortExecutor implements StepExecutor<WaitForPort> {
    @Override
    public Verdict run(WaitForPort wait, Container on, StepContext context) {
        CheckedPort checked = new Resolver(context.variables()).port(wait.port());
        if (checked.port().isEmpty()) {
            return Verdict.of(List.of(checked.problem()), on);
        }
        return Polls.until(
                Within.waitFor(wait.within(), context.deadlines()),
                on,
                () -> PortsOpen.mismatches(context, on, checked.port().get()));
    }
}
