package dev.plimsoll.engine.check;

import dev.plimsoll.engine.plan.ExpectedText;
import java.util.List;

/** Comparisons of one string: log lines, env values, labels, headers, bodies, file contents. */
public final class TextMatchers {

    private TextMatchers() {}

    /** Human form: 'ready', /list.*ing/, contains 'x', empty. */
    public static String describe(ExpectedText expected) {
        if (expected instanceof ExpectedText.Contains contains) {
            return "contains " + Show.quote(contains.text());
        }
        if (expected instanceof ExpectedText.EqualTo equal) {
            return Show.quote(equal.text());
        }
        if (expected instanceof ExpectedText.Matching matching) {
            return "/" + matching.pattern().pattern() + "/";
        }
        if (expected instanceof ExpectedText.Empty) {
            return "empty";
        }
        throw unhandled(expected);
    }

    /** What "a line ..." must be: containing 'x', equal to 'x', matching /re/, that is empty. */
    public static String phrase(ExpectedText expected) {
        if (expected instanceof ExpectedText.Contains contains) {
            return "containing " + Show.quote(contains.text());
        }
        if (expected instanceof ExpectedText.EqualTo equal) {
            return "equal to " + Show.quote(equal.text());
        }
        if (expected instanceof ExpectedText.Matching matching) {
            return "matching /" + matching.pattern().pattern() + "/";
        }
        if (expected instanceof ExpectedText.Empty) {
            return "that is empty";
        }
        throw unhandled(expected);
    }

    /** Compares a whole value, e.g. {@code body: expected to contain 'visits=2', got 'visits=1\n'}. */
    static List<String> mismatches(String what, ExpectedText expected, String actual) {
        if (expected.test(actual)) {
            return List.of();
        }
        return List.of(what + ": expected " + expectation(expected) + ", got " + Show.quote(actual));
    }

    private static String expectation(ExpectedText expected) {
        if (expected instanceof ExpectedText.Contains contains) {
            return "to contain " + Show.quote(contains.text());
        }
        if (expected instanceof ExpectedText.Matching matching) {
            return "to match /" + matching.pattern().pattern() + "/";
        }
        return describe(expected);
    }

    private static IllegalStateException unhandled(ExpectedText expected) {
        return new IllegalStateException(
                "no text check for '" + expected.getClass().getSimpleName() + "'");
    }
}
