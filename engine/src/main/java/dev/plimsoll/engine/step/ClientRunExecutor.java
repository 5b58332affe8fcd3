package dev.plimsoll.engine.step;

import dev.plimsoll.engine.Deadlines;
import dev.plimsoll.engine.check.CommandChecks;
import dev.plimsoll.engine.docker.ContainerLog;
import dev.plimsoll.engine.docker.ExecResult;
import dev.plimsoll.engine.plan.OutputExpectation;
import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.grammar.ast.ExpectRun;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code expect run image "x" ... exits N}: a one-off container on the scenario's network (a client, a migration),
 * judged like a command by its exit code and output, and removed when it is done.
 */
final class ClientRunExecutor implements StepExecutor<ExpectRun> {
    @Override
    public Verdict run(ExpectRun run, Container on, StepContext context) {
        Duration deadline = Within.or(run.within(), context.deadlines().commandScaled(), context.deadlines());
        List<OutputExpectation> outputs = new Resolver(context.variables()).outputs(run.outputs());
        Container client = context.startClient(run.image(), run.settings());
        try {
            OptionalInt code = context.docker().awaitExit(client.id(), deadline);
            if (code.isEmpty()) {
                return Verdict.of(
                        List.of(client.owner() + " did not exit within " + Deadlines.describe(deadline)), client);
            }
            // Read again once it exited: a short run's lines can slip past the followed stream as it attaches.
            ContainerLog log = context.docker().storedLog(client.id());
            ExecResult result = new ExecResult(
                    code,
                    withNewline(log.text(ContainerLog.Stream.STDOUT)),
                    withNewline(log.text(ContainerLog.Stream.STDERR)));
            List<String> mismatches = CommandChecks.mismatches(client.owner(), run.exitCode(), outputs, result);
            if (!mismatches.isEmpty()) {
                return Verdict.of(mismatches, client);
            }
            return Verdict.of(Saves.fromOutput(run.saves(), result.stdout(), result.stderr(), context), client);
        } finally {
            context.removeClient(client);
        }
    }

    // the log keeps lines; output checks and saves strip one trailing newline, as for a command
    private static String withNewline(String text) {
        return text.isEmpty() ? text : text + "\n";
    }
}
