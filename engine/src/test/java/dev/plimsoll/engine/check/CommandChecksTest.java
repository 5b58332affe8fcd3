package dev.plimsoll.engine.check;

import static dev.plimsoll.engine.check.Ast.text;
import static dev.plimsoll.engine.check.Ast.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.docker.ExecResult;
import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.ExpectCommand;
import dev.plimsoll.grammar.ast.OutputAssertion;
import dev.plimsoll.grammar.ast.OutputContains;
import dev.plimsoll.grammar.ast.OutputEmpty;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.Stream;
import dev.plimsoll.grammar.ast.Target;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CommandChecksTest {

    private static final ExecResult NGINX_OK =
            new ExecResult(OptionalInt.of(0), "", "nginx: the configuration file syntax is ok\n");

    private static List<String> check(ExpectCommand command, ExecResult result) {
        return CommandChecks.mismatches(new Resolver(Variables.empty()).command(command), result);
    }

    @Test
    void holdsOnTheExpectedExitCodeAndOutput() {
        var command = nginxTest(
                0,
                stderrContains("syntax is ok"),
                new OutputAssertion(Stream.STDOUT, false, new OutputEmpty(Span.NONE), Span.NONE));

        assertThat(check(command, NGINX_OK)).isEmpty();
    }

    @Test
    void reportsTheExitCodeWithTheEndOfStderrWhereATracebackHoldsItsCause() {
        String traceback = "Traceback (most recent call last):\n"
                + "  File \"/app/check.py\", line 1, in <module>\n".repeat(30)
                + "ValueError: no database configured\n";
        var failed = new ExecResult(OptionalInt.of(1), "checking...\n", traceback);

        List<String> mismatches = check(nginxTest(0), failed);

        assertThat(mismatches).hasSize(3);
        assertThat(mismatches.get(0)).isEqualTo("exit code: expected 0, got 1");
        assertThat(mismatches.get(1)).isEqualTo("the command's stdout, its only line:\n    | checking...");
        assertThat(mismatches.get(2))
                .startsWith("last 10 of 32 lines of the command's stderr:\n    |   File \"/app/check.py\"")
                .endsWith("\n    | ValueError: no database configured")
                .doesNotContain("Traceback");
    }

    @Test
    void cutsVeryLongOutputLines() {
        var failed = new ExecResult(OptionalInt.of(1), "", "x".repeat(1000));

        assertThat(check(nginxTest(0), failed))
                .contains("the command's stderr, its only line:\n    | " + "x".repeat(300) + "... (1000 chars)");
    }

    @Test
    void anOutputMismatchAlsoShowsBothStreams() {
        var command = nginxTest(0, stderrContains("syntax is fine"));

        assertThat(check(command, new ExecResult(OptionalInt.of(0), "a\nb\n", "nginx: warning\n")))
                .containsExactly(
                        "stderr does not contain 'syntax is fine'",
                        "last 2 lines of the command's stdout:\n    | a\n    | b",
                        "the command's stderr, its only line:\n    | nginx: warning");
    }

    @Test
    void showsNoStreamThatIsEmpty() {
        assertThat(check(nginxTest(2), new ExecResult(OptionalInt.of(0), "done", "")))
                .containsExactly("exit code: expected 2, got 0", "the command's stdout, its only line:\n    | done");
        assertThat(check(nginxTest(2), new ExecResult(OptionalInt.of(0), "", "\n")))
                .containsExactly("exit code: expected 2, got 0");
    }

    @Test
    void reportsOutputMismatchesOfTheRightStream() {
        var command = nginxTest(0, stderrContains("syntax is fine"));

        assertThat(check(command, NGINX_OK))
                .containsExactly(
                        "stderr does not contain 'syntax is fine'",
                        "the command's stderr, its only line:\n    | nginx: the configuration file syntax is ok");
    }

    @Test
    void emptyIgnoresTheTrailingNewlineOfTheOutput() {
        var command = nginxTest(0, new OutputAssertion(Stream.STDOUT, true, new OutputEmpty(Span.NONE), Span.NONE));

        assertThat(check(command, new ExecResult(OptionalInt.of(0), "\n", "")))
                .containsExactly("stdout: expected output, got none");
    }

    @Test
    void logSeesBothStreams() {
        var command = nginxTest(
                0, new OutputAssertion(Stream.LOG, false, new OutputContains(text("out"), Span.NONE), Span.NONE));

        assertThat(check(command, new ExecResult(OptionalInt.of(0), "out\n", "err\n")))
                .isEmpty();
    }

    @Test
    void timeoutSaysSoWithWhatTheCommandPrintedButJudgesNoOutput() {
        var hangs = new ExecResult(OptionalInt.empty(), "partial", "");

        assertThat(check(nginxTest(0, stderrContains("syntax is ok")), hangs))
                .containsExactly(
                        "command 'nginx -t' did not exit before its timeout",
                        "the command's stdout, its only line:\n    | partial");
    }

    private static ExpectCommand nginxTest(int exitCode, OutputAssertion... outputs) {
        return new ExpectCommand(
                texts("nginx", "-t"),
                exitCode,
                List.of(outputs),
                List.of(),
                Target.subject(Span.NONE),
                Optional.empty(),
                Span.NONE);
    }

    private static OutputAssertion stderrContains(String value) {
        return new OutputAssertion(Stream.STDERR, false, new OutputContains(text(value), Span.NONE), Span.NONE);
    }
}
