package dev.plimsoll.grammar.ast;

/**
 * {@code stdout|stderr|log [not] <match>} inside {@code expect command}.
 */
public record OutputAssertion(Stream stream, boolean negated, OutputMatch match, Span span) implements Node {}
