package dev.plimsoll.grammar.ast;

import java.util.List;

/**
 * {@code NAME in "a", "b"}.
 */
public record MatrixAxis(String variable, List<Text> values, Span span) implements Node {
    public MatrixAxis {
        values = List.copyOf(values);
    }
}
