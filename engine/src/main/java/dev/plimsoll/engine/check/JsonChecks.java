package dev.plimsoll.engine.check;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.InvalidJsonException;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JsonProvider;
import com.jayway.jsonpath.spi.json.JsonSmartJsonProvider;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.JsonAssertion;
import dev.plimsoll.grammar.ast.JsonBoolean;
import dev.plimsoll.grammar.ast.JsonEquals;
import dev.plimsoll.grammar.ast.JsonExists;
import dev.plimsoll.grammar.ast.JsonMatches;
import dev.plimsoll.grammar.ast.JsonNumber;
import dev.plimsoll.grammar.ast.JsonString;
import dev.plimsoll.grammar.ast.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code json "$.path" = value | exists | matches /re/} on a response body. */
final class JsonChecks {

    /**
     * json-smart's {@code JSONParser.MODE_RFC4627} (json-smart is only a runtime dependency of json-path): strict, as
     * the default permissive mode would take a plain-text body for a JSON string.
     */
    private static final int STRICT_RFC4627 = 4752;

    private static final JsonProvider PROVIDER = new JsonSmartJsonProvider(STRICT_RFC4627);
    private static final Configuration CONFIGURATION =
            Configuration.builder().jsonProvider(PROVIDER).build();

    private JsonChecks() {}

    /** The parsed body, or empty when it is not JSON. */
    static Optional<DocumentContext> parse(String body) {
        try {
            return Optional.of(JsonPath.using(CONFIGURATION).parse(body));
        } catch (InvalidJsonException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String notJson(String body) {
        return "json: the body is not valid JSON: " + Show.quote(body, 200);
    }

    static List<String> mismatches(JsonAssertion assertion, DocumentContext document, Variables vars) {
        String path = assertion.path().resolve(vars);
        String what = "json " + Show.quote(path);
        Object actual;
        boolean definite;
        try {
            definite = JsonPath.isPathDefinite(path);
            actual = document.read(path);
        } catch (PathNotFoundException e) {
            return List.of(what + ": not found");
        } catch (InvalidPathException e) {
            return List.of(what + ": invalid JSONPath: " + e.getMessage());
        }
        // a filter, wildcard, slice or deep scan answers with a list, empty when nothing matched: never a pass
        if (!definite && actual instanceof List<?> matched && matched.isEmpty()) {
            return List.of(what + ": matched nothing in " + document(document));
        }
        if (assertion.check() instanceof JsonExists) {
            return List.of();
        }
        if (assertion.check() instanceof JsonMatches matches) {
            String text = actual instanceof String string ? string : PROVIDER.toJson(actual);
            if (Pattern.compile(matches.regex().pattern()).matcher(text).find()) {
                return List.of();
            }
            return List.of(what + ": expected to match /" + matches.regex().pattern() + "/, got " + show(actual));
        }
        JsonValue expected = ((JsonEquals) assertion.check()).value();
        if (equal(expected, actual, vars)) {
            return List.of();
        }
        String got = show(actual) + (sameKind(expected, actual) ? "" : " (" + kind(actual) + ")");
        return List.of(what + ": expected " + show(expected, vars) + ", got " + got);
    }

    private static boolean equal(JsonValue expected, Object actual, Variables vars) {
        if (expected instanceof JsonNumber number) {
            return actual instanceof Number n && number.value().compareTo(new BigDecimal(n.toString())) == 0;
        }
        if (expected instanceof JsonString string) {
            return string.text().resolve(vars).equals(actual);
        }
        if (expected instanceof JsonBoolean bool) {
            return Objects.equals(bool.value(), actual);
        }
        return actual == null;
    }

    private static boolean sameKind(JsonValue expected, Object actual) {
        return kind(expected).equals(kind(actual));
    }

    private static String kind(JsonValue value) {
        if (value instanceof JsonNumber) {
            return "a number";
        }
        if (value instanceof JsonString) {
            return "a string";
        }
        return value instanceof JsonBoolean ? "a boolean" : "null";
    }

    private static String kind(Object value) {
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Map) {
            return "an object";
        }
        return value instanceof List ? "an array" : "null";
    }

    private static String show(JsonValue value, Variables vars) {
        if (value instanceof JsonNumber number) {
            return number.value().toPlainString();
        }
        if (value instanceof JsonString string) {
            return Show.quote(string.text().resolve(vars));
        }
        return value instanceof JsonBoolean bool ? String.valueOf(bool.value()) : "null";
    }

    private static String document(DocumentContext document) {
        String json = PROVIDER.toJson(document.json());
        return json.length() > Show.LONG ? json.substring(0, Show.LONG) + "... (" + json.length() + " chars)" : json;
    }

    private static String show(Object value) {
        if (value instanceof String string) {
            return Show.quote(string);
        }
        String json = PROVIDER.toJson(value);
        return json.length() > Show.LONG ? json.substring(0, Show.LONG) + "..." : json;
    }
}
