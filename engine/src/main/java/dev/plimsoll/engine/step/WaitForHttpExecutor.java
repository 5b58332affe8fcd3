package dev.plimsoll.engine.step;

import dev.plimsoll.grammar.ast.WaitForHttp;

/** {@code wait for http ... { until }}: polls until an answer holds. */
final class WaitForHttpExecutor implements StepExecutor<WaitForHttp> {
    @Override
    public Verdict run(WaitForHttp wait, Container on, StepContext context) {
        return Polls.until(
                Within.waitFor(wait.within(), context.deadlines()),
                on,
                () -> HttpExchanges.mismatches(context, on, wait.request(), wait.until()));
    }
}
