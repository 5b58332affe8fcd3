package dev.plimsoll.grammar.ast;

/** {@code save body}: the whole response body. */
public record FromBody(Span span) implements ValueSource {}
