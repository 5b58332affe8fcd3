package dev.plimsoll.engine.check;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.InvalidJsonException;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JsonProvider;
import com.jayway.jsonpath.spi.json.JsonSmartJsonProvider;
import dev.plimsoll.engine.plan.ExpectedJson;
import dev.plimsoll.engine.plan.ExpectedJson.BooleanValue;
import dev.plimsoll.engine.plan.ExpectedJson.Literal;
import dev.plimsoll.engine.plan.ExpectedJson.NumberValue;
import dev.plimsoll.engine.plan.ExpectedJson.StringValue;
import dev.plimsoll.engine.plan.ResponseCheck;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    static List<String> mismatches(ResponseCheck.Json check, DocumentContext document) {
        String path = check.path();
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
        if (check.expected() instanceof ExpectedJson.Exists) {
            return List.of();
        }
        if (check.expected() instanceof ExpectedJson.Matching matching) {
            String text = actual instanceof String string ? string : PROVIDER.toJson(actual);
            if (matching.pattern().matcher(text).find()) {
                return List.of();
            }
            return List.of(what + ": expected to match /" + matching.pattern().pattern() + "/, got " + show(actual));
        }
        if (!(check.expected() instanceof ExpectedJson.EqualTo equalTo)) {
            throw new IllegalStateException(
                    "no json check for '" + check.expected().getClass().getSimpleName() + "'");
        }
        Literal expected = equalTo.value();
        if (equal(expected, actual)) {
            return List.of();
        }
        String got = show(actual) + (sameKind(expected, actual) ? "" : " (" + kind(actual) + ")");
        return List.of(what + ": expected " + show(expected) + ", got " + got);
    }

    private static boolean equal(Literal expected, Object actual) {
        if (expected instanceof NumberValue number) {
            return actual instanceof Number n && number.value().compareTo(new BigDecimal(n.toString())) == 0;
        }
        if (expected instanceof StringValue string) {
            return string.text().equals(actual);
        }
        if (expected instanceof BooleanValue bool) {
            return Objects.equals(bool.value(), actual);
        }
        return actual == null;
    }

    private static boolean sameKind(Literal expected, Object actual) {
        return kind(expected).equals(kind(actual));
    }

    private static String kind(Literal value) {
        if (value instanceof NumberValue) {
            return "a number";
        }
        if (value instanceof StringValue) {
            return "a string";
        }
        return value instanceof BooleanValue ? "a boolean" : "null";
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

    private static String show(Literal value) {
        if (value instanceof NumberValue number) {
            return number.value().toPlainString();
        }
        if (value instanceof StringValue string) {
            return Show.quote(string.text());
        }
        return value instanceof BooleanValue bool ? String.valueOf(bool.value()) : "null";
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
