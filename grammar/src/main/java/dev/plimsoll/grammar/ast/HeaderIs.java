package dev.plimsoll.grammar.ast;

/**
 * {@code header "Name" = "v"} / {@code contains} / {@code matches}.
 */
public record HeaderIs(Text name, TextMatch value, Span span) implements HttpAssertion {}
