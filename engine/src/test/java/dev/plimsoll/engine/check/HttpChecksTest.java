package dev.plimsoll.engine.check;

import static dev.plimsoll.engine.check.Ast.contains;
import static dev.plimsoll.engine.check.Ast.equalTo;
import static dev.plimsoll.engine.check.Ast.regex;
import static dev.plimsoll.engine.check.Ast.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.BodyIs;
import dev.plimsoll.grammar.ast.HeaderIs;
import dev.plimsoll.grammar.ast.HttpAssertion;
import dev.plimsoll.grammar.ast.JsonAssertion;
import dev.plimsoll.grammar.ast.JsonBoolean;
import dev.plimsoll.grammar.ast.JsonCheck;
import dev.plimsoll.grammar.ast.JsonEquals;
import dev.plimsoll.grammar.ast.JsonExists;
import dev.plimsoll.grammar.ast.JsonMatches;
import dev.plimsoll.grammar.ast.JsonNull;
import dev.plimsoll.grammar.ast.JsonNumber;
import dev.plimsoll.grammar.ast.JsonString;
import dev.plimsoll.grammar.ast.JsonValue;
import dev.plimsoll.grammar.ast.Literal;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.StatusIs;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.TextMatch;
import dev.plimsoll.grammar.ast.VariableRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpChecksTest {

    private static final String HEALTH =
            "{\"status\":\"ok\",\"port\":9000,\"ratio\":0.5,\"up\":true,\"owner\":null,\"tags\":[\"a\",\"b\"]}";
    private static final HttpExchange OK =
            new HttpExchange(200, Map.of("Content-Type", List.of("application/json")), HEALTH);

    private static List<String> check(HttpExchange exchange, HttpAssertion... assertions) {
        return HttpChecks.mismatches(new Resolver(Variables.empty()).response(List.of(assertions)), exchange);
    }

    @Test
    void statusComparesTheCode() {
        assertThat(check(OK, new StatusIs(200, Span.NONE))).isEmpty();
        assertThat(check(new HttpExchange(503, Map.of(), ""), new StatusIs(200, Span.NONE)))
                .containsExactly("status: expected 200, got 503");
    }

    @Test
    void headerNameIsCaseInsensitive() {
        assertThat(check(OK, header("content-type", equalTo("application/json"))))
                .isEmpty();
        assertThat(check(OK, header("CONTENT-TYPE", contains("json")))).isEmpty();
    }

    @Test
    void headerValueMismatchShowsTheValue() {
        assertThat(check(OK, header("Content-Type", equalTo("text/html"))))
                .containsExactly("header 'Content-Type': expected 'text/html', got 'application/json'");
    }

    @Test
    void missingHeaderSaysSo() {
        assertThat(check(OK, header("X-Request-Id", contains("x"))))
                .containsExactly("header 'X-Request-Id' is missing");
    }

    @Test
    void headerHoldsWhenAnyOfItsValuesMatches() {
        var exchange = new HttpExchange(200, Map.of("Set-Cookie", List.of("a=1", "b=2")), "");

        assertThat(check(exchange, header("set-cookie", equalTo("b=2")))).isEmpty();
        assertThat(check(exchange, header("set-cookie", equalTo("c=3"))))
                .containsExactly("header 'set-cookie': expected 'c=3', got 'a=1, b=2'");
    }

    @Test
    void bodyEqualsAndContains() {
        var visit = new HttpExchange(200, Map.of(), "visits=1\n");

        assertThat(check(visit, new BodyIs(equalTo("visits=1\n"), Span.NONE))).isEmpty();
        assertThat(check(visit, new BodyIs(contains("visits=2"), Span.NONE)))
                .containsExactly("body: expected to contain 'visits=2', got 'visits=1\\n'");
    }

    @Test
    void bodyMismatchShowsTheFirst500Characters() {
        var big = new HttpExchange(200, Map.of(), "x".repeat(600));

        assertThat(check(big, new BodyIs(contains("y"), Span.NONE)))
                .containsExactly("body: expected to contain 'y', got '" + "x".repeat(500) + "'... (600 chars)");
    }

    @Test
    void jsonStringEquals() {
        assertThat(check(OK, json("$.status", equalsValue(string("ok"))))).isEmpty();
        assertThat(check(OK, json("$.status", equalsValue(string("down")))))
                .containsExactly("json '$.status': expected 'down', got 'ok'");
    }

    @Test
    void jsonNumbersCompareNumerically() {
        assertThat(check(OK, json("$.port", equalsValue(number("9000.0"))))).isEmpty();
        assertThat(check(OK, json("$.ratio", equalsValue(number("0.50"))))).isEmpty();
        assertThat(check(OK, json("$.port", equalsValue(number("8080")))))
                .containsExactly("json '$.port': expected 8080, got 9000");
    }

    @Test
    void jsonStringWhereANumberIsExpectedSaysSo() {
        var exchange = new HttpExchange(200, Map.of(), "{\"port\":\"9000\"}");

        assertThat(check(exchange, json("$.port", equalsValue(number("9000")))))
                .containsExactly("json '$.port': expected 9000, got '9000' (a string)");
    }

    @Test
    void jsonNumberWhereAStringIsExpectedSaysSo() {
        assertThat(check(OK, json("$.port", equalsValue(string("9000")))))
                .containsExactly("json '$.port': expected '9000', got 9000 (a number)");
    }

    @Test
    void jsonBooleanAndNull() {
        assertThat(check(OK, json("$.up", equalsValue(new JsonBoolean(true, Span.NONE)))))
                .isEmpty();
        assertThat(check(OK, json("$.owner", equalsValue(new JsonNull(Span.NONE)))))
                .isEmpty();
        assertThat(check(OK, json("$.up", equalsValue(new JsonBoolean(false, Span.NONE)))))
                .containsExactly("json '$.up': expected false, got true");
        assertThat(check(OK, json("$.tags", equalsValue(new JsonNull(Span.NONE)))))
                .containsExactly("json '$.tags': expected null, got [\"a\",\"b\"] (an array)");
    }

    @Test
    void jsonExists() {
        assertThat(check(OK, json("$.owner", new JsonExists(Span.NONE)))).isEmpty();
        assertThat(check(OK, json("$.greeting", new JsonExists(Span.NONE))))
                .containsExactly("json '$.greeting': not found");
    }

    @Test
    void jsonMatchesTheValueAsAString() {
        assertThat(check(OK, json("$.port", new JsonMatches(regex("^9\\d{3}$"), Span.NONE))))
                .isEmpty();
        assertThat(check(OK, json("$.status", new JsonMatches(regex("^up$"), Span.NONE))))
                .containsExactly("json '$.status': expected to match /^up$/, got 'ok'");
    }

    @Test
    void jsonResolvesVariablesInExpectedStrings() {
        var greeting = new HttpExchange(200, Map.of(), "{\"greeting\":\"ahoy\"}");
        var expected = new JsonString(Ast.variable("GREETING"), Span.NONE);
        List<HttpAssertion> assertions = List.of(json("$.greeting", equalsValue(expected)));

        assertThat(HttpChecks.mismatches(
                        new Resolver(Variables.of(Map.of("GREETING", "ahoy"))).response(assertions), greeting))
                .isEmpty();
        assertThat(HttpChecks.mismatches(
                        new Resolver(Variables.of(Map.of("GREETING", "hi"))).response(assertions), greeting))
                .containsExactly("json '$.greeting': expected 'hi', got 'ahoy'");
    }

    @Test
    void invalidJsonBodyIsOneMismatchWithTheStartOfTheBody() {
        var html = new HttpExchange(502, Map.of(), "<html>" + "y".repeat(300) + "</html>");

        assertThat(check(html, json("$.status", new JsonExists(Span.NONE)), json("$.port", new JsonExists(Span.NONE))))
                .containsExactly("json: the body is not valid JSON: '<html>" + "y".repeat(194) + "'... (313 chars)");
    }

    @Test
    void plainTextIsNotTakenForJson() {
        var text = new HttpExchange(200, Map.of(), "ok");

        assertThat(check(text, json("$", new JsonExists(Span.NONE))))
                .containsExactly("json: the body is not valid JSON: 'ok'");
    }

    @Test
    void existsFailsWhenAnIndefinitePathMatchesNothing() {
        var items = new HttpExchange(200, Map.of(), "[{\"id\": 1}]");

        assertThat(check(items, json("$[?(@.id == 99)]", new JsonExists(Span.NONE))))
                .containsExactly("json '$[?(@.id == 99)]': matched nothing in [{\"id\":1}]");
        assertThat(check(items, json("$[?(@.id == 1)]", new JsonExists(Span.NONE))))
                .isEmpty();
    }

    @Test
    void aVariableInAPathStandsForItsValueWhenTheStepRuns() {
        var items = new HttpExchange(200, Map.of(), "[{\"id\": 7, \"contents\": \"note\"}]");
        JsonAssertion saved = new JsonAssertion(
                new Text(
                        List.of(
                                new Literal("$[?(@.id == "),
                                new VariableRef("NOTE_ID", Optional.empty()),
                                new Literal(")].contents")),
                        Span.NONE),
                new JsonExists(Span.NONE),
                Span.NONE);

        assertThat(HttpChecks.mismatches(
                        new Resolver(Variables.of(Map.of("NOTE_ID", "7"))).response(List.of(saved)), items))
                .isEmpty();
        assertThat(HttpChecks.mismatches(
                        new Resolver(Variables.of(Map.of("NOTE_ID", "8"))).response(List.of(saved)), items))
                .containsExactly(
                        "json '$[?(@.id == 8)].contents': matched nothing in [{\"id\":7,\"contents\":\"note\"}]");
    }

    @Test
    void wildcardSliceAndDeepScanThatMatchNothingFail() {
        var empty = new HttpExchange(200, Map.of(), "{\"items\":[],\"meta\":{}}");

        assertThat(check(
                        empty,
                        json("$.items[*]", new JsonExists(Span.NONE)),
                        json("$.items[0:2]", new JsonExists(Span.NONE)),
                        json("$..token", new JsonExists(Span.NONE))))
                .containsExactly(
                        "json '$.items[*]': matched nothing in {\"items\":[],\"meta\":{}}",
                        "json '$.items[0:2]': matched nothing in {\"items\":[],\"meta\":{}}",
                        "json '$..token': matched nothing in {\"items\":[],\"meta\":{}}");
    }

    @Test
    void aDefinitePathToAnEmptyArrayExists() {
        var empty = new HttpExchange(200, Map.of(), "{\"items\":[]}");

        assertThat(check(empty, json("$.items", new JsonExists(Span.NONE)))).isEmpty();
    }

    @Test
    void matchedNothingShowsTheStartOfALongDocument() {
        var big = new HttpExchange(200, Map.of(), "[" + "1,".repeat(400) + "1]");

        assertThat(check(big, json("$[?(@ == 2)]", new JsonExists(Span.NONE))))
                .singleElement()
                .asString()
                .startsWith("json '$[?(@ == 2)]': matched nothing in [1,1,")
                .endsWith("... (803 chars)");
    }

    @Test
    void reportsEveryAssertionThatFails() {
        var down = new HttpExchange(503, Map.of(), "{\"status\":\"down\"}");

        assertThat(check(down, new StatusIs(200, Span.NONE), json("$.status", equalsValue(string("ok")))))
                .containsExactly("status: expected 200, got 503", "json '$.status': expected 'ok', got 'down'");
    }

    private static HeaderIs header(String name, TextMatch match) {
        return new HeaderIs(text(name), match, Span.NONE);
    }

    private static JsonAssertion json(String path, JsonCheck check) {
        return new JsonAssertion(Text.of(path, Span.NONE), check, Span.NONE);
    }

    private static JsonEquals equalsValue(JsonValue value) {
        return new JsonEquals(value, Span.NONE);
    }

    private static JsonString string(String value) {
        return new JsonString(text(value), Span.NONE);
    }

    private static JsonNumber number(String value) {
        return new JsonNumber(new BigDecimal(value), Span.NONE);
    }
}
