package dev.plimsoll.engine.check;

import dev.plimsoll.engine.docker.ExecResult;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.ExpectCommand;
import dev.plimsoll.grammar.ast.OutputAssertion;
import dev.plimsoll.grammar.ast.Stream;
import java.util.ArrayList;
import java.util.List;

/** {@code expect command "..." exits N { stdout/stderr ... }}. */
public final class CommandChecks {

    private CommandChecks() {}

    public static List<String> mismatches(ExpectCommand command, ExecResult result, Variables vars) {
        String argv = String.join(
                " ", command.argv().stream().map(arg -> arg.resolve(vars)).toList());
        return mismatches("command " + Show.quote(argv), command.exitCode(), command.outputs(), result, vars);
    }

    /**
     * The same judgement for anything that runs once and exits, such as a client container: {@code what} names it in
     * the message when it did not exit.
     */
    public static List<String> mismatches(
            String what, int expectedExit, List<OutputAssertion> outputs, ExecResult result, Variables vars) {
        if (result.timedOut()) {
            return List.of(what + " did not exit before its timeout");
        }
        List<String> mismatches = new ArrayList<>();
        int exitCode = result.exitCode().getAsInt();
        if (exitCode != expectedExit) {
            mismatches.add("exit code: expected " + expectedExit + ", got " + exitCode + stderrHint(result));
        }
        for (OutputAssertion output : outputs) {
            String text = text(output.stream(), result);
            mismatches.addAll(OutputChecks.mismatches(output.stream(), output.negated(), output.match(), text, vars));
        }
        return mismatches;
    }

    // the stream as the output checks expect it: lines joined by "\n", no trailing newline
    private static String text(Stream stream, ExecResult result) {
        String stdout = OutputChecks.stripNewline(result.stdout());
        String stderr = OutputChecks.stripNewline(result.stderr());
        return switch (stream) {
            case STDOUT -> stdout;
            case STDERR -> stderr;
            case LOG -> stdout.isEmpty() || stderr.isEmpty() ? stdout + stderr : stdout + "\n" + stderr;
        };
    }

    private static String stderrHint(ExecResult result) {
        String stderr = result.stderr().strip();
        return stderr.isEmpty() ? "" : " (stderr: " + Show.quote(stderr, 200) + ")";
    }
}
