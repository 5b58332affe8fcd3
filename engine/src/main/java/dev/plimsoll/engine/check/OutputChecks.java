package dev.plimsoll.engine.check;

import dev.plimsoll.engine.plan.ExpectedOutput;
import dev.plimsoll.engine.plan.ExpectedText;
import dev.plimsoll.engine.plan.OutputExpectation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/** {@code expect stdout|stderr|log [not] contains|matches|equals|empty|lines in order}. */
public final class OutputChecks {

    private OutputChecks() {}

    /** text = the whole stream joined with "\n" (no trailing newline). Equals compares ignoring one trailing newline on
     *  both sides. Matches uses find() with MULTILINE. LinesInOrder: each expected line must match a line, in order
     *  (contains for plain strings), report the first one not found after the previous match. Negated inverts, with a
     *  message quoting the offending line. */
    public static List<String> mismatches(OutputExpectation output, String text) {
        String name = output.stream().name().toLowerCase(Locale.ROOT);
        boolean negated = output.negated();
        ExpectedOutput expected = output.expected();
        if (expected instanceof ExpectedOutput.Contains contains) {
            int at = text.indexOf(contains.text());
            return found(name, negated, at, text, "contain " + Show.quote(contains.text()));
        }
        if (expected instanceof ExpectedOutput.Matching matching) {
            Matcher matcher = matching.pattern().matcher(text);
            int at = matcher.find() ? matcher.start() : -1;
            return found(name, negated, at, text, "match /" + matching.pattern().pattern() + "/");
        }
        if (expected instanceof ExpectedOutput.EqualTo equal) {
            return equals(name, negated, equal.text(), text);
        }
        if (expected instanceof ExpectedOutput.LinesInOrder lines) {
            return negated ? notInOrder(name, lines, text) : inOrder(name, lines, text);
        }
        if (expected instanceof ExpectedOutput.Empty) {
            return empty(name, negated, text);
        }
        throw new IllegalStateException(
                "no output check for '" + expected.getClass().getSimpleName() + "'");
    }

    private static List<String> found(String name, boolean negated, int at, String text, String verb) {
        if (negated == (at < 0)) {
            return List.of();
        }
        if (!negated) {
            return List.of(name + " does not " + verb + (text.isEmpty() ? " (" + name + " is empty)" : ""));
        }
        int line = lineOf(text, at);
        List<String> lines = lines(text);
        String offending = line < lines.size() ? lines.get(line) : "";
        return List.of(name + " should not " + verb + ", but line " + (line + 1) + " does: " + Show.quote(offending));
    }

    private static List<String> equals(String name, boolean negated, String expected, String text) {
        boolean holds = stripNewline(expected).equals(stripNewline(text));
        if (holds != negated) {
            return List.of();
        }
        if (negated) {
            return List.of(name + " should not equal " + Show.quote(expected) + ", but does");
        }
        return List.of(name + ": expected " + Show.quote(expected) + ", got " + Show.quote(text));
    }

    private static List<String> empty(String name, boolean negated, String text) {
        if (text.isEmpty() != negated) {
            return List.of();
        }
        if (negated) {
            return List.of(name + ": expected output, got none");
        }
        return List.of(name + ": expected empty, got " + lines(text).size() + " line(s), first: "
                + Show.quote(lines(text).get(0)));
    }

    private static List<String> inOrder(String name, ExpectedOutput.LinesInOrder expected, String text) {
        List<String> lines = lines(text);
        int next = 0;
        for (ExpectedText match : expected.lines()) {
            int at = indexOf(lines, next, match::test);
            if (at < 0) {
                String after = next == 0 ? "" : " after line " + next + " " + Show.quote(lines.get(next - 1));
                return List.of(name + " has no line " + TextMatchers.phrase(match) + after);
            }
            next = at + 1;
        }
        return List.of();
    }

    private static List<String> notInOrder(String name, ExpectedOutput.LinesInOrder expected, String text) {
        List<String> lines = lines(text);
        List<String> seen = new ArrayList<>();
        int next = 0;
        for (ExpectedText match : expected.lines()) {
            int at = indexOf(lines, next, match::test);
            if (at < 0) {
                return List.of();
            }
            seen.add("line " + (at + 1) + " " + Show.quote(lines.get(at)));
            next = at + 1;
        }
        return List.of(name + " should not have these lines in order, but does: " + String.join(", ", seen));
    }

    private static int indexOf(List<String> lines, int from, Predicate<String> predicate) {
        for (int i = from; i < lines.size(); i++) {
            if (predicate.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
    }

    // split keeps empty lines in the middle; an empty text has no lines at all
    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }

    static String stripNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
