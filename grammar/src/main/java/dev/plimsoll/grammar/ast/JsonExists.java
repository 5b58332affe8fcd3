package dev.plimsoll.grammar.ast;

/**
 * {@code exists}.
 */
public record JsonExists(Span span) implements JsonCheck {}
