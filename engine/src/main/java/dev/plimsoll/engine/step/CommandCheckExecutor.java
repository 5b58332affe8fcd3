package dev.plimsoll.engine.step;

import dev.plimsoll.engine.check.CommandChecks;
import dev.plimsoll.engine.docker.ContainerState;
import dev.plimsoll.engine.docker.ExecResult;
import dev.plimsoll.engine.plan.CommandExpectation;
import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.grammar.ast.ExpectCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code expect command ... exits N}: run in the container without a shell, judged by its exit and output; the
 * values it saves come from the run that held.
 */
final class CommandCheckExecutor implements StepExecutor<ExpectCommand> {
    @Override
    public Verdict run(ExpectCommand command, Container on, StepContext context) {
        CommandExpectation expected = new Resolver(context.variables()).command(command);
        List<ExecResult> held = new ArrayList<>(1);
        List<String> mismatches = Eventually.hold(Within.check(command.within(), context.deadlines()), () -> {
            ContainerState state = context.docker().state(on.id());
            if (!state.running()) {
                return List.of(on.owner() + " is not running (" + state.status() + "), so no command can run in it");
            }
            ExecResult result = context.docker()
                    .exec(on.id(), expected.argv(), context.deadlines().commandScaled());
            List<String> found = CommandChecks.mismatches(expected, result);
            if (found.isEmpty()) {
                held.add(result);
            }
            return found;
        });
        if (!mismatches.isEmpty()) {
            return Verdict.of(mismatches, on);
        }
        ExecResult result = held.get(0);
        return Verdict.of(Saves.fromOutput(command.saves(), result.stdout(), result.stderr(), context), on);
    }
}
