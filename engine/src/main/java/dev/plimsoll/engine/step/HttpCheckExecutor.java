package dev.plimsoll.engine.step;

import dev.plimsoll.engine.check.HttpChecks;
import dev.plimsoll.engine.check.HttpExchange;
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
        List<HttpExchange> held = new ArrayList<>(1);
        List<String> mismatches = Eventually.hold(Within.check(http.within(), context.deadlines()), () -> {
            List<String> problems = new ArrayList<>();
            Optional<HttpExchange> exchange = HttpExchanges.send(context, on, http.request(), problems);
            if (exchange.isEmpty()) {
                return problems;
            }
            List<String> found = HttpChecks.mismatches(http.assertions(), exchange.get(), context.variables());
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
