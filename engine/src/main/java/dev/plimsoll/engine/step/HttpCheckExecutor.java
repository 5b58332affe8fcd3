package dev.plimsoll.engine.step;

import dev.plimsoll.grammar.ast.ExpectHttp;

/** {@code expect http ...}: one exchange judged by its assertions, or retried until {@code within} passes. */
final class HttpCheckExecutor implements StepExecutor<ExpectHttp> {
    @Override
    public Verdict run(ExpectHttp http, Container on, StepContext context) {
        return Verdict.of(
                Eventually.hold(
                        Within.check(http.within(), context.deadlines()),
                        () -> HttpExchanges.mismatches(context, on, http.request(), http.assertions())),
                on);
    }
}
