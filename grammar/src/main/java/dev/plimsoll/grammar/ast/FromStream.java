package dev.plimsoll.grammar.ast;

/** {@code save stdout|stderr}: a command's output, its trailing newline stripped. */
public record FromStream(Stream stream, Span span) implements ValueSource {}
