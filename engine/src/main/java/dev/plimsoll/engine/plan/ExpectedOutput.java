package dev.plimsoll.engine.plan;

import java.util.List;
import java.util.regex.Pattern;

/** What a whole stream must hold, resolved: {@code contains}, {@code matches} (MULTILINE), {@code equals}, ... */
public sealed interface ExpectedOutput {

    record Contains(String text) implements ExpectedOutput {}

    /** Compiled with {@link Pattern#MULTILINE}, so {@code ^} and {@code $} hold at each line. */
    record Matching(Pattern pattern) implements ExpectedOutput {}

    record EqualTo(String text) implements ExpectedOutput {}

    record Empty() implements ExpectedOutput {}

    record LinesInOrder(List<ExpectedText> lines) implements ExpectedOutput {
        public LinesInOrder {
            lines = List.copyOf(lines);
        }
    }
}
