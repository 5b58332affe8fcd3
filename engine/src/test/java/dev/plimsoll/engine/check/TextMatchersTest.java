package dev.plimsoll.engine.check;

import static dev.plimsoll.engine.check.Ast.contains;
import static dev.plimsoll.engine.check.Ast.empty;
import static dev.plimsoll.engine.check.Ast.equalTo;
import static dev.plimsoll.engine.check.Ast.matches;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.plan.ExpectedText;
import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.Contains;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.TextMatch;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TextMatchersTest {

    private static Predicate<String> predicate(TextMatch match) {
        return resolve(match)::test;
    }

    private static ExpectedText resolve(TextMatch match) {
        return new Resolver(Variables.empty()).text(match);
    }

    @Test
    void containsMatchesLinesWithTheTextAnywhere() {
        Predicate<String> predicate = predicate(contains("listening"));

        assertThat(predicate).accepts("greeter listening on port 9000").rejects("greeter starting");
    }

    @Test
    void equalsMatchesOnlyTheWholeLine() {
        Predicate<String> predicate = predicate(equalTo("ready"));

        assertThat(predicate).accepts("ready").rejects("ready now", "not ready");
    }

    @Test
    void matchesFindsTheRegexAnywhereInTheLine() {
        Predicate<String> predicate = predicate(matches("list.*ing"));

        assertThat(predicate).accepts("now listening on 80").rejects("started");
    }

    @Test
    void emptyMatchesOnlyEmptyLines() {
        assertThat(predicate(empty())).accepts("").rejects(" ");
    }

    @Test
    void resolvesVariablesBeforeMatching() {
        var match = new Contains(Ast.variable("GREETING"), Span.NONE);
        Predicate<String> predicate = new Resolver(Variables.of(Map.of("GREETING", "ahoy"))).text(match)::test;

        assertThat(predicate).accepts("ahoy, world").rejects("hi, world");
    }

    @Test
    void describesEachKindInHumanForm() {
        assertThat(TextMatchers.describe(resolve(equalTo("ready")))).isEqualTo("'ready'");
        assertThat(TextMatchers.describe(resolve(matches("list.*ing")))).isEqualTo("/list.*ing/");
        assertThat(TextMatchers.describe(resolve(contains("x")))).isEqualTo("contains 'x'");
        assertThat(TextMatchers.describe(resolve(empty()))).isEqualTo("empty");
    }

    @Test
    void reportsWholeValueMismatchWithExpectedAndActual() {
        assertThat(TextMatchers.mismatches("env GREETING", resolve(equalTo("hello")), "hi"))
                .containsExactly("env GREETING: expected 'hello', got 'hi'");
        assertThat(TextMatchers.mismatches("body", resolve(contains("visits=2")), "visits=1\n"))
                .containsExactly("body: expected to contain 'visits=2', got 'visits=1\\n'");
        assertThat(TextMatchers.mismatches("body", resolve(matches("^ok$")), "nope"))
                .containsExactly("body: expected to match /^ok$/, got 'nope'");
        assertThat(TextMatchers.mismatches("body", resolve(empty()), "x"))
                .containsExactly("body: expected empty, got 'x'");
        assertThat(TextMatchers.mismatches("body", resolve(contains("ok")), "all ok"))
                .isEmpty();
    }
}
