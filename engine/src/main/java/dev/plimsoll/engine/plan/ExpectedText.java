package dev.plimsoll.engine.plan;

import java.util.regex.Pattern;

/**
 * What one string must be, resolved: a log line, a header, a body, an env value, a file's content. The texts have
 * their {@code ${NAME}} replaced and a regex is compiled once, when its step is resolved, not at each poll.
 */
public sealed interface ExpectedText {

    /** Whether {@code value} is as expected; a regex finds a match anywhere in it. */
    boolean test(String value);

    record Contains(String text) implements ExpectedText {
        @Override
        public boolean test(String value) {
            return value.contains(text);
        }
    }

    record EqualTo(String text) implements ExpectedText {
        @Override
        public boolean test(String value) {
            return value.equals(text);
        }
    }

    record Matching(Pattern pattern) implements ExpectedText {
        @Override
        public boolean test(String value) {
            return pattern.matcher(value).find();
        }
    }

    record Empty() implements ExpectedText {
        @Override
        public boolean test(String value) {
            return value.isEmpty();
        }
    }
}
