package dev.plimsoll.grammar.ast;

/**
 * {@code expect process "name" runs as "user"}.
 */
public record ExpectProcess(Text name, Text user, Target target, Span span) implements Expectation, Targeted {}
