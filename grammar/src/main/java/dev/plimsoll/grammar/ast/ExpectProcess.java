package dev.plimsoll.grammar.ast;

/**
 * {@code expect process "name" runs as "user"}.
 */
public record ExpectProcess(Text name, Text user, Span span) implements Expectation {}
