package dev.plimsoll.engine.step;

import dev.plimsoll.engine.Deadlines;
import dev.plimsoll.engine.check.TextMatchers;
import dev.plimsoll.engine.docker.ContainerLog;
import dev.plimsoll.engine.docker.LineAwait;
import dev.plimsoll.engine.plan.ExpectedText;
import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.grammar.ast.WaitForLog;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** {@code wait for log|stdout|stderr ...}: woken by each new line of the container's log, not by a timer. */
final class WaitForLogExecutor implements StepExecutor<WaitForLog> {
    @Override
    public Verdict run(WaitForLog wait, Container on, StepContext context) {
        Duration deadline = Within.waitFor(wait.within(), context.deadlines());
        ExpectedText expected = new Resolver(context.variables()).text(wait.match());
        ContainerLog log = context.docker()
                .log(on.id())
                .orElseThrow(() -> new IllegalStateException(on.owner() + " was never started"));
        LineAwait result = log.awaitLine(Streams.of(wait.stream()), expected::test, deadline);
        String stream = wait.stream().name().toLowerCase(Locale.ROOT);
        String wanted = TextMatchers.phrase(expected);
        if (result instanceof LineAwait.Exited exited) {
            return Verdict.of(
                    List.of(on.owner() + " exited with code " + exited.exitCode() + " before a line of " + stream + " "
                            + wanted),
                    on);
        }
        if (result instanceof LineAwait.TimedOut) {
            return Verdict.of(
                    List.of("no line of " + stream + " " + wanted + " within " + Deadlines.describe(deadline)), on);
        }
        return Verdict.held(on);
    }
}
