package dev.plimsoll.grammar.ast;

/** {@code save json "PATH"}: the value at a JSON path of the response body. */
public record FromJson(Text path, Span span) implements ValueSource {}
