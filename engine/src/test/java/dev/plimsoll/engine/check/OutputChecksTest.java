package dev.plimsoll.engine.check;

import static dev.plimsoll.engine.check.Ast.contains;
import static dev.plimsoll.engine.check.Ast.empty;
import static dev.plimsoll.engine.check.Ast.equalTo;
import static dev.plimsoll.engine.check.Ast.matches;
import static dev.plimsoll.engine.check.Ast.regex;
import static dev.plimsoll.engine.check.Ast.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.plan.OutputExpectation;
import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.LinesInOrder;
import dev.plimsoll.grammar.ast.OutputContains;
import dev.plimsoll.grammar.ast.OutputEmpty;
import dev.plimsoll.grammar.ast.OutputEquals;
import dev.plimsoll.grammar.ast.OutputMatch;
import dev.plimsoll.grammar.ast.OutputMatches;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.Stream;
import dev.plimsoll.grammar.ast.TextMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputChecksTest {

    private static final String LOG = "greeter starting as app\ngreeter listening on port 9000\ngreeter stopped";

    private static List<String> mismatches(Stream stream, boolean negated, OutputMatch match, String text) {
        return OutputChecks.mismatches(
                new OutputExpectation(stream, negated, new Resolver(Variables.empty()).output(match)), text);
    }

    private static List<String> stdout(OutputMatch match, String text) {
        return mismatches(Stream.STDOUT, false, match, text);
    }

    private static List<String> notStdout(OutputMatch match, String text) {
        return mismatches(Stream.STDOUT, true, match, text);
    }

    @Test
    void containsFindsTheTextAnywhere() {
        assertThat(stdout(outputContains("greeter stopped"), LOG)).isEmpty();
        assertThat(stdout(outputContains("greeter crashed"), LOG))
                .containsExactly("stdout does not contain 'greeter crashed'");
    }

    @Test
    void containsOnEmptyOutputSaysItIsEmpty() {
        assertThat(mismatches(Stream.STDERR, false, outputContains("x"), ""))
                .containsExactly("stderr does not contain 'x' (stderr is empty)");
    }

    @Test
    void notContainsQuotesTheOffendingLine() {
        assertThat(notStdout(outputContains("crashed"), LOG)).isEmpty();
        assertThat(notStdout(outputContains("listening"), LOG))
                .containsExactly(
                        "stdout should not contain 'listening', but line 2 does: 'greeter listening on port 9000'");
    }

    @Test
    void matchesIsMultiline() {
        assertThat(stdout(outputMatches("^greeter listening on port \\d+$"), LOG))
                .isEmpty();
        assertThat(stdout(outputMatches("^listening"), LOG)).containsExactly("stdout does not match /^listening/");
    }

    @Test
    void notMatchesQuotesTheOffendingLine() {
        assertThat(mismatches(Stream.LOG, true, outputMatches("stop+ed$"), LOG))
                .containsExactly("log should not match /stop+ed$/, but line 3 does: 'greeter stopped'");
    }

    @Test
    void equalsIgnoresOneTrailingNewlineOnBothSides() {
        assertThat(stdout(outputEquals("visits=1\n"), "visits=1")).isEmpty();
        assertThat(stdout(outputEquals("visits=1"), "visits=1\n")).isEmpty();
        assertThat(stdout(outputEquals("visits=1"), "visits=1\n\n"))
                .containsExactly("stdout: expected 'visits=1', got 'visits=1\\n\\n'");
    }

    @Test
    void notEqualsFailsOnTheSameText() {
        assertThat(notStdout(outputEquals("visits=2"), "visits=1")).isEmpty();
        assertThat(notStdout(outputEquals("visits=1"), "visits=1"))
                .containsExactly("stdout should not equal 'visits=1', but does");
    }

    @Test
    void emptyShowsTheFirstLine() {
        assertThat(stdout(new OutputEmpty(Span.NONE), "")).isEmpty();
        assertThat(mismatches(Stream.STDERR, false, new OutputEmpty(Span.NONE), LOG))
                .containsExactly("stderr: expected empty, got 3 line(s), first: 'greeter starting as app'");
    }

    @Test
    void notEmptyNeedsOutput() {
        assertThat(notStdout(new OutputEmpty(Span.NONE), "x")).isEmpty();
        assertThat(notStdout(new OutputEmpty(Span.NONE), "")).containsExactly("stdout: expected output, got none");
    }

    @Test
    void linesInOrderHoldsWithOtherLinesBetween() {
        assertThat(stdout(inOrder(contains("starting"), contains("stopped")), LOG))
                .isEmpty();
        assertThat(stdout(inOrder(matches("^greeter s"), equalTo("greeter stopped")), LOG))
                .isEmpty();
    }

    @Test
    void linesInOrderReportsTheFirstLineNotFoundAfterThePreviousMatch() {
        assertThat(stdout(inOrder(contains("listening"), contains("starting")), LOG))
                .containsExactly(
                        "stdout has no line containing 'starting' after line 2 'greeter listening on port 9000'");
    }

    @Test
    void linesInOrderReportsAFirstLineNotFoundAtAll() {
        assertThat(stdout(inOrder(equalTo("ready"), contains("stopped")), LOG))
                .containsExactly("stdout has no line equal to 'ready'");
    }

    @Test
    void linesInOrderMatchesOneLinePerEntry() {
        assertThat(stdout(inOrder(contains("greeter"), contains("greeter"), contains("greeter")), LOG))
                .isEmpty();
        assertThat(stdout(inOrder(contains("listening"), contains("listening")), LOG))
                .containsExactly(
                        "stdout has no line containing 'listening' after line 2" + " 'greeter listening on port 9000'");
    }

    @Test
    void notLinesInOrderListsTheLinesFound() {
        assertThat(notStdout(inOrder(contains("stopped"), contains("starting")), LOG))
                .isEmpty();
        assertThat(notStdout(inOrder(contains("starting"), contains("stopped")), LOG))
                .containsExactly("stdout should not have these lines in order, but does:"
                        + " line 1 'greeter starting as app', line 3 'greeter stopped'");
    }

    @Test
    void emptyLinePatternDoesNotMatchAnEmptyOutput() {
        assertThat(stdout(inOrder(empty()), "")).containsExactly("stdout has no line that is empty");
    }

    private static OutputContains outputContains(String value) {
        return new OutputContains(text(value), Span.NONE);
    }

    private static OutputMatches outputMatches(String pattern) {
        return new OutputMatches(regex(pattern), Span.NONE);
    }

    private static OutputEquals outputEquals(String value) {
        return new OutputEquals(text(value), Span.NONE);
    }

    private static LinesInOrder inOrder(TextMatch... lines) {
        return new LinesInOrder(List.of(lines), Span.NONE);
    }
}
