package dev.plimsoll.grammar.ast;

/**
 * {@code contains "x"}.
 */
public record OutputContains(Text text, Span span) implements OutputMatch {}
