package dev.plimsoll.grammar.ast;

/**
 * {@code expect running after D}.
 */
public record ExpectRunning(Duration after, Target target, Span span) implements Expectation, Targeted {}
