package dev.plimsoll.grammar.ast;

/**
 * {@code = value}.
 */
public record JsonEquals(JsonValue value, Span span) implements JsonCheck {}
