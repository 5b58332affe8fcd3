package dev.plimsoll.grammar.ast;

/**
 * {@code expect running after D}.
 */
public record ExpectRunning(Duration after, Span span) implements Expectation {}
