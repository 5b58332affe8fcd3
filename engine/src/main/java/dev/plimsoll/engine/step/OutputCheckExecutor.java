package dev.plimsoll.engine.step;

import dev.plimsoll.engine.check.OutputChecks;
import dev.plimsoll.engine.docker.ContainerLog;
import dev.plimsoll.grammar.ast.ExpectOutput;
import java.time.Duration;
import java.util.List;

/** {@code expect stdout|stderr|log ...}: the container's output so far, or until {@code within} passes. */
final class OutputCheckExecutor implements StepExecutor<ExpectOutput> {
    @Override
    public Verdict run(ExpectOutput output, Container on, StepContext context) {
        ContainerLog log = context.docker()
                .log(on.id())
                .orElseThrow(() -> new IllegalStateException(on.owner() + " was never started"));
        ContainerLog.Stream stream = Streams.of(output.stream());
        Duration deadline = Within.check(output.within(), context.deadlines());
        if (!deadline.isZero() && !output.negated()) {
            // Woken by each new line: the whole stream is checked again until it holds or the deadline passes.
            log.awaitLine(
                    stream, line -> mismatches(output, log, stream, context).isEmpty(), deadline);
        } else if (!context.docker().state(on.id()).running()) {
            context.awaitLogEnd(on);
        }
        return Verdict.of(mismatches(output, log, stream, context), on);
    }

    private static List<String> mismatches(
            ExpectOutput output, ContainerLog log, ContainerLog.Stream stream, StepContext context) {
        return OutputChecks.mismatches(
                output.stream(), output.negated(), output.match(), log.text(stream), context.variables());
    }
}
