package dev.plimsoll.grammar.ast;

/**
 * {@code null}.
 */
public record JsonNull(Span span) implements JsonValue {}
