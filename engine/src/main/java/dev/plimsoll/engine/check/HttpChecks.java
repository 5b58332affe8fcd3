package dev.plimsoll.engine.check;

import com.jayway.jsonpath.DocumentContext;
import dev.plimsoll.engine.plan.ResponseCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code { status, header, body, json ... }} on one HTTP response. */
public final class HttpChecks {

    private HttpChecks() {}

    public static List<String> mismatches(List<ResponseCheck> checks, HttpExchange exchange) {
        List<String> mismatches = new ArrayList<>();
        List<ResponseCheck.Json> json = new ArrayList<>();
        for (ResponseCheck check : checks) {
            if (check instanceof ResponseCheck.Json jsonCheck) {
                json.add(jsonCheck);
            } else {
                mismatches.addAll(mismatches(check, exchange));
            }
        }
        mismatches.addAll(json(json, exchange.body()));
        return mismatches;
    }

    private static List<String> mismatches(ResponseCheck check, HttpExchange exchange) {
        if (check instanceof ResponseCheck.Status status) {
            return status.status() == exchange.status()
                    ? List.of()
                    : List.of("status: expected " + status.status() + ", got " + exchange.status());
        }
        if (check instanceof ResponseCheck.Header header) {
            return header(header, exchange);
        }
        if (check instanceof ResponseCheck.Body body) {
            return TextMatchers.mismatches("body", body.expected(), exchange.body());
        }
        throw new IllegalStateException(
                "no response check for '" + check.getClass().getSimpleName() + "'");
    }

    private static List<String> header(ResponseCheck.Header header, HttpExchange exchange) {
        List<String> values = exchange.headers().getOrDefault(header.name(), List.of());
        String what = "header " + Show.quote(header.name());
        if (values.isEmpty()) {
            return List.of(what + " is missing");
        }
        boolean anyHolds = values.stream().anyMatch(header.value()::test);
        return anyHolds ? List.of() : TextMatchers.mismatches(what, header.value(), String.join(", ", values));
    }

    // one line for a body that is not JSON, however many json assertions there are
    private static List<String> json(List<ResponseCheck.Json> checks, String body) {
        if (checks.isEmpty()) {
            return List.of();
        }
        Optional<DocumentContext> document = JsonChecks.parse(body);
        if (document.isEmpty()) {
            return List.of(JsonChecks.notJson(body));
        }
        List<String> mismatches = new ArrayList<>();
        for (ResponseCheck.Json check : checks) {
            mismatches.addAll(JsonChecks.mismatches(check, document.get()));
        }
        return mismatches;
    }
}
