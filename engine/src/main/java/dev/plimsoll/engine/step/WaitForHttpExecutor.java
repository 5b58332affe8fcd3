package dev.plimsoll.engine.step;

import dev.plimsoll.engine.plan.OutgoingRequest;
import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.engine.plan.ResponseCheck;
import dev.plimsoll.grammar.ast.WaitForHttp;
import java.util.List;

/** {@code wait for http ... { until }}: polls until an answer holds. */
final class WaitForHttpExecutor implements StepExecutor<WaitForHttp> {
    @Override
    public Verdict run(WaitForHttp wait, Container on, StepContext context) {
        Resolver resolver = new Resolver(context.variables());
        OutgoingRequest request = resolver.request(wait.request());
        List<ResponseCheck> until = resolver.response(wait.until());
        return Polls.until(
                Within.waitFor(wait.within(), context.deadlines()),
                on,
                () -> HttpExchanges.mismatches(context, on, request, until));
    }
}
