package dev.plimsoll.engine.step;

import dev.plimsoll.engine.check.ProcessChecks;
import dev.plimsoll.engine.docker.ContainerState;
import dev.plimsoll.grammar.ast.ExpectProcess;
import java.util.List;

/** {@code expect process "name" runs as "user"}: the container's process list, read by Docker from the host. */
final class ProcessCheckExecutor implements StepExecutor<ExpectProcess> {
    @Override
    public Verdict run(ExpectProcess process, Container on, StepContext context) {
        return Verdict.of(Eventually.hold(context.deadlines().expectScaled(), () -> look(process, on, context)), on);
    }

    private static List<String> look(ExpectProcess process, Container on, StepContext context) {
        ContainerState state = context.docker().state(on.id());
        if (!state.running()) {
            return List.of(on.owner() + " is not running (" + state.status() + ")");
        }
        return ProcessChecks.mismatches(
                process.name(), process.user(), context.docker().top(on.id()), context.variables());
    }
}
