package dev.plimsoll.engine.step;

import dev.plimsoll.engine.check.OutputChecks;
import dev.plimsoll.engine.docker.ContainerLog;
import dev.plimsoll.engine.plan.OutputExpectation;
import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.grammar.ast.ExpectOutput;
import dev.plimsoll.grammar.ast.OutputAssertion;
import java.time.Duration;

/** {@code expect stdout|stderr|log ...}: the container's output so far, or until {@code within} passes. */
final class OutputCheckExecutor implements StepExecutor<ExpectOutput> {
    @Override
    public Verdict run(ExpectOutput output, Container on, StepContext context) {
        ContainerLog log = context.docker()
                .log(on.id())
                .orElseThrow(() -> new IllegalStateException(on.owner() + " was never started"));
        OutputExpectation expected = new Resolver(context.variables())
                .output(new OutputAssertion(output.stream(), output.negated(), output.match(), output.span()));
        ContainerLog.Stream stream = Streams.of(output.stream());
        Duration deadline = Within.check(output.within(), context.deadlines());
        if (!deadline.isZero() && !output.negated()) {
            // Woken by each new line: the whole stream is checked again until it holds or the deadline passes.
            log.awaitLine(
                    stream,
                    line -> OutputChecks.mismatches(expected, log.text(stream)).isEmpty(),
                    deadline);
        } else if (!context.docker().state(on.id()).running()) {
            context.awaitLogEnd(on);
        }
        return Verdict.of(OutputChecks.mismatches(expected, log.text(stream)), on);
    }
}
