package dev.plimsoll.grammar.ast;

/**
 * {@code equals "x"} or {@code = "x"}: the whole output.
 */
public record OutputEquals(Text text, Span span) implements OutputMatch {}
