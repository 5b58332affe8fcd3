package dev.plimsoll.engine.check;

import static dev.plimsoll.engine.check.Ast.contains;
import static dev.plimsoll.engine.check.Ast.empty;
import static dev.plimsoll.engine.check.Ast.equalTo;
import static dev.plimsoll.engine.check.Ast.matches;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.Contains;
import dev.plimsoll.grammar.ast.Span;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextMatchersTest {

    private final Variables vars = Variables.empty();

    @Test
    void containsMatchesLinesWithTheTextAnywhere() {
        var predicate = TextMatchers.linePredicate(contains("listening"), vars);

        assertThat(predicate).accepts("greeter listening on port 9000").rejects("greeter starting");
    }

    @Test
    void equalsMatchesOnlyTheWholeLine() {
        var predicate = TextMatchers.linePredicate(equalTo("ready"), vars);

        assertThat(predicate).accepts("ready").rejects("ready now", "not ready");
    }

    @Test
    void matchesFindsTheRegexAnywhereInTheLine() {
        var predicate = TextMatchers.linePredicate(matches("list.*ing"), vars);

        assertThat(predicate).accepts("now listening on 80").rejects("started");
    }

    @Test
    void emptyMatchesOnlyEmptyLines() {
        assertThat(TextMatchers.linePredicate(empty(), vars)).accepts("").rejects(" ");
    }

    @Test
    void resolvesVariablesBeforeMatching() {
        var match = new Contains(Ast.variable("GREETING"), Span.NONE);
        var predicate = TextMatchers.linePredicate(match, Variables.of(Map.of("GREETING", "ahoy")));

        assertThat(predicate).accepts("ahoy, world").rejects("hi, world");
    }

    @Test
    void describesEachKindInHumanForm() {
        assertThat(TextMatchers.describe(equalTo("ready"), vars)).isEqualTo("'ready'");
        assertThat(TextMatchers.describe(matches("list.*ing"), vars)).isEqualTo("/list.*ing/");
        assertThat(TextMatchers.describe(contains("x"), vars)).isEqualTo("contains 'x'");
        assertThat(TextMatchers.describe(empty(), vars)).isEqualTo("empty");
    }

    @Test
    void reportsWholeValueMismatchWithExpectedAndActual() {
        assertThat(TextMatchers.mismatches("env GREETING", equalTo("hello"), "hi", vars))
                .containsExactly("env GREETING: expected 'hello', got 'hi'");
        assertThat(TextMatchers.mismatches("body", contains("visits=2"), "visits=1\n", vars))
                .containsExactly("body: expected to contain 'visits=2', got 'visits=1\\n'");
        assertThat(TextMatchers.mismatches("body", matches("^ok$"), "nope", vars))
                .containsExactly("body: expected to match /^ok$/, got 'nope'");
        assertThat(TextMatchers.mismatches("body", empty(), "x", vars))
                .containsExactly("body: expected empty, got 'x'");
        assertThat(TextMatchers.mismatches("body", contains("ok"), "all ok", vars))
                .isEmpty();
    }
}
