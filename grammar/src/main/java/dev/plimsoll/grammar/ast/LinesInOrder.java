package dev.plimsoll.grammar.ast;

import java.util.List;

/**
 * {@code lines in order "a", /b/, = "c"}: lines matching each, in this order (others may come between).
 */
public record LinesInOrder(List<TextMatch> lines, Span span) implements OutputMatch {
    public LinesInOrder {
        lines = List.copyOf(lines);
    }
}
