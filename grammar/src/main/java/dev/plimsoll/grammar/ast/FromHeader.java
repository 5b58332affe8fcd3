package dev.plimsoll.grammar.ast;

/** {@code save header "Name"}: a response header. */
public record FromHeader(Text name, Span span) implements ValueSource {}
