package dev.plimsoll.engine.check;

import com.jayway.jsonpath.DocumentContext;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.BodyIs;
import dev.plimsoll.grammar.ast.HeaderIs;
import dev.plimsoll.grammar.ast.HttpAssertion;
import dev.plimsoll.grammar.ast.JsonAssertion;
import dev.plimsoll.grammar.ast.StatusIs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code { status, header, body, json ... }} on one HTTP response. */
public final class HttpChecks {

    private HttpChecks() {}

    public static List<String> mismatches(List<HttpAssertion> assertions, HttpExchange exchange, Variables vars) {
        List<String> mismatches = new ArrayList<>();
        List<JsonAssertion> json = new ArrayList<>();
        for (HttpAssertion assertion : assertions) {
            if (assertion instanceof JsonAssertion jsonAssertion) {
                json.add(jsonAssertion);
            } else {
                mismatches.addAll(mismatches(assertion, exchange, vars));
            }
        }
        mismatches.addAll(json(json, exchange.body(), vars));
        return mismatches;
    }

    private static List<String> mismatches(HttpAssertion assertion, HttpExchange exchange, Variables vars) {
        if (assertion instanceof StatusIs status) {
            return status.status() == exchange.status()
                    ? List.of()
                    : List.of("status: expected " + status.status() + ", got " + exchange.status());
        }
        if (assertion instanceof HeaderIs header) {
            return header(header, exchange, vars);
        }
        return TextMatchers.mismatches("body", ((BodyIs) assertion).match(), exchange.body(), vars);
    }

    private static List<String> header(HeaderIs header, HttpExchange exchange, Variables vars) {
        String name = header.name().resolve(vars);
        List<String> values = exchange.headers().getOrDefault(name, List.of());
        String what = "header " + Show.quote(name);
        if (values.isEmpty()) {
            return List.of(what + " is missing");
        }
        boolean anyHolds = values.stream().anyMatch(TextMatchers.linePredicate(header.value(), vars));
        return anyHolds ? List.of() : TextMatchers.mismatches(what, header.value(), String.join(", ", values), vars);
    }

    // one line for a body that is not JSON, however many json assertions there are
    private static List<String> json(List<JsonAssertion> assertions, String body, Variables vars) {
        if (assertions.isEmpty()) {
            return List.of();
        }
        Optional<DocumentContext> document = JsonChecks.parse(body);
        if (document.isEmpty()) {
            return List.of(JsonChecks.notJson(body));
        }
        List<String> mismatches = new ArrayList<>();
        for (JsonAssertion assertion : assertions) {
            mismatches.addAll(JsonChecks.mismatches(assertion, document.get(), vars));
        }
        return mismatches;
    }
}
