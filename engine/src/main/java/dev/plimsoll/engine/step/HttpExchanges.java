package dev.plimsoll.engine.step;

import dev.plimsoll.engine.check.HttpCallException;
import dev.plimsoll.engine.check.HttpChecks;
import dev.plimsoll.engine.check.HttpExchange;
import dev.plimsoll.engine.plan.OutgoingRequest;
import dev.plimsoll.engine.plan.ResponseCheck;
import java.util.List;
import java.util.Optional;

/** One HTTP exchange with a container through the address the runner reaches its port at, judged by the step's assertions. */
final class HttpExchanges {
    private HttpExchanges() {}

    /** The exchange, or empty with the reason in {@code problems} when no response came. */
    static Optional<HttpExchange> send(
            StepContext context, Container on, OutgoingRequest request, List<String> problems) {
        PublishedPorts.Lookup port = PublishedPorts.tcp(context, on, request.port());
        if (port.address().isEmpty()) {
            problems.add(port.problem());
            return Optional.empty();
        }
        try {
            return Optional.of(context.http().call(request, port.address().get()));
        } catch (HttpCallException e) {
            problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    /** The mismatches of one exchange; a request that gets no answer is one mismatch. */
    static List<String> mismatches(
            StepContext context, Container on, OutgoingRequest request, List<ResponseCheck> checks) {
        List<String> problems = new java.util.ArrayList<>();
        Optional<HttpExchange> exchange = send(context, on, request, problems);
        return exchange.isEmpty() ? problems : HttpChecks.mismatches(checks, exchange.get());
    }
}
