package dev.plimsoll.engine.check;

import dev.plimsoll.engine.docker.ExecResult;
import dev.plimsoll.engine.plan.CommandExpectation;
import dev.plimsoll.engine.plan.OutputExpectation;
import dev.plimsoll.grammar.ast.Stream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code expect command "..." exits N { stdout/stderr ... }}. */
public final class CommandChecks {

    /** Lines of each stream shown when the command fails, and the length each line is cut to. */
    private static final int TAIL_LINES = 10;

    private static final int LINE_LENGTH = 300;

    private CommandChecks() {}

    public static List<String> mismatches(CommandExpectation command, ExecResult result) {
        String argv = String.join(" ", command.argv());
        return mismatches("command " + Show.quote(argv), command.exitCode(), command.outputs(), result);
    }

    /**
     * The same judgement for anything that runs once and exits, such as a client container: {@code what} names it in
     * the message when it did not exit.
     */
    public static List<String> mismatches(
            String what, int expectedExit, List<OutputExpectation> outputs, ExecResult result) {
        if (result.timedOut()) {
            // what it printed before it hung says where it hangs; its output is not judged
            List<String> mismatches = new ArrayList<>();
            mismatches.add(what + " did not exit before its timeout");
            tail("stdout", result.stdout()).ifPresent(mismatches::add);
            tail("stderr", result.stderr()).ifPresent(mismatches::add);
            return mismatches;
        }
        List<String> mismatches = new ArrayList<>();
        int exitCode = result.exitCode().getAsInt();
        if (exitCode != expectedExit) {
            mismatches.add("exit code: expected " + expectedExit + ", got " + exitCode);
        }
        for (OutputExpectation output : outputs) {
            mismatches.addAll(OutputChecks.mismatches(output, text(output.stream(), result)));
        }
        if (!mismatches.isEmpty()) {
            // the cause is usually at the end: the last line of a traceback, the error after a progress report
            tail("stdout", result.stdout()).ifPresent(mismatches::add);
            tail("stderr", result.stderr()).ifPresent(mismatches::add);
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

    /** The last lines of one stream, each cut to a readable length, indented under the mismatches. */
    private static Optional<String> tail(String name, String output) {
        String text = OutputChecks.stripNewline(output);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = text.lines().toList();
        List<String> shown = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
        String title;
        if (lines.size() == 1) {
            title = "the command's " + name + ", its only line:";
        } else if (shown.size() == lines.size()) {
            title = "last " + shown.size() + " lines of the command's " + name + ":";
        } else {
            title = "last " + shown.size() + " of " + lines.size() + " lines of the command's " + name + ":";
        }
        StringBuilder tail = new StringBuilder(title);
        shown.forEach(line -> tail.append("\n    | ").append(cut(line)));
        return Optional.of(tail.toString());
    }

    private static String cut(String line) {
        return line.length() > LINE_LENGTH
                ? line.substring(0, LINE_LENGTH) + "... (" + line.length() + " chars)"
                : line;
    }
}
