package dev.plimsoll.grammar.ast;

/**
 * {@code user "app"}.
 */
public record UserFact(Text user, Span span) implements ImageFact {}
