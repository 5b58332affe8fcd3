package dev.plimsoll.grammar.ast;

/**
 * A JSON string, interpolated.
 */
public record JsonString(Text text, Span span) implements JsonValue {}
