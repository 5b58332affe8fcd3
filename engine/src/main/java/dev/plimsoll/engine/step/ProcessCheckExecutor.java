package dev.plimsoll.engine.step;

import dev.plimsoll.engine.check.ProcessChecks;
import dev.plimsoll.engine.docker.ContainerState;
import dev.plimsoll.engine.plan.ProcessExpectation;
import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.grammar.ast.ExpectProcess;
import java.util.List;

/**
 * {@code expect process "name" runs as "user"}: the container's process list, read by Docker from the host and
 * named from the container's accounts, which {@link ContainerAccounts} keeps per container.
 */
final class ProcessCheckExecutor implements StepExecutor<ExpectProcess> {
    @Override
    public Verdict run(ExpectProcess process, Container on, StepContext context) {
        ProcessExpectation expected = new Resolver(context.variables()).process(process);
        ContainerAccounts.Lookup accounts = context.accounts().lookup(context.docker(), on.id());
        return Verdict.of(
                Eventually.hold(context.deadlines().expectScaled(), () -> look(expected, on, context, accounts)), on);
    }

    private static List<String> look(
            ProcessExpectation process, Container on, StepContext context, ContainerAccounts.Lookup accounts) {
        ContainerState state = context.docker().state(on.id());
        if (!state.running()) {
            return List.of(on.owner() + " is not running (" + state.status() + ")");
        }
        return accounts.mismatches(
                names -> ProcessChecks.mismatches(process, context.docker().top(on.id(), names.get())));
    }
}
