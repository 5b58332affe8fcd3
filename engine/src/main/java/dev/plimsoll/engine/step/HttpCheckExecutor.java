package dev.plimsoll.engine.step;

import dev.plimsoll.engine.check.HttpChecks;
import dev.plimsoll.engine.check.HttpExchange;
import dev.plimsoll.engine.plan.OutgoingRequest;
import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.engine.plan.ResponseCheck;
import dev.plimsoll.grammar.ast.ExpectHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code expect http ...}: one exchange judged by its assertions, or retried until {@code within} passes; the values
 * it saves are taken from the response that held.
 */
final class HttpCheckExecutor implements StepExecutor<ExpectHttp> {
    @Override
    public Verdict run(ExpectHttp http, Container on, StepContext context) {
        Resolver resolver = new Resolver(context.variables());
        OutgoingRequest request = resolver.request(http.request());
        List<ResponseCheck> checks = resolver.response(http.assertions());
        List<HttpExchange> held = new ArrayList<>(1);
        List<String> mismatches = Eventually.hold(Within.check(http.within(), context.deadlines()), () -> {
            List<String> problems = new ArrayList<>();
            Optional<HttpExchange> exchange = HttpExchanges.send(context, on, request, problems);
            if (exchange.isEmpty()) {
                return problems;
            }
            List<String> found = HttpChecks.mismatches(checks, exchange.get());
            if (found.isEmpty()) {
                held.add(exchange.get());
            }
            return found;
        });
        if (!mismatches.isEmpty()) {
            return Verdict.of(mismatches, on);
        }
        return Verdict.of(Saves.fromResponse(http.saves(), held.get(0), context), on);
    }
}
