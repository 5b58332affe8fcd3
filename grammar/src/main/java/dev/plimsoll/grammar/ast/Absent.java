package dev.plimsoll.grammar.ast;

/**
 * {@code absent}.
 */
public record Absent(Span span) implements FileProperty {}
