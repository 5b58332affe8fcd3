package dev.plimsoll.grammar.ast;

/**
 * {@code true} or {@code false}.
 */
public record JsonBoolean(boolean value, Span span) implements JsonValue {}
