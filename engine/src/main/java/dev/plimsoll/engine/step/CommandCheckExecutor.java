package dev.plimsoll.engine.step;

import dev.plimsoll.engine.check.CommandChecks;
import dev.plimsoll.engine.docker.ContainerState;
import dev.plimsoll.engine.docker.ExecResult;
import dev.plimsoll.grammar.ast.ExpectCommand;
import java.util.List;

/** {@code expect command ... exits N}: run in the container without a shell, judged by its exit and output. */
final class CommandCheckExecutor implements StepExecutor<ExpectCommand> {
    @Override
    public Verdict run(ExpectCommand command, Container on, StepContext context) {
        return Verdict.of(
                Eventually.hold(Within.check(command.within(), context.deadlines()), () -> once(command, on, context)),
                on);
    }

    private static List<String> once(ExpectCommand command, Container on, StepContext context) {
        ContainerState state = context.docker().state(on.id());
        if (!state.running()) {
            return List.of(on.owner() + " is not running (" + state.status() + "), so no command can run in it");
        }
        List<String> argv = command.argv().stream()
                .map(text -> text.resolve(context.variables()))
                .toList();
        ExecResult result =
                context.docker().exec(on.id(), argv, context.deadlines().commandScaled());
        return CommandChecks.mismatches(command, result, context.variables());
    }
}
