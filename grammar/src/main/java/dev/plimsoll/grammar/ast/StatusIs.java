package dev.plimsoll.grammar.ast;

/**
 * {@code status 200}.
 */
public record StatusIs(int status, Span span) implements HttpAssertion {}
