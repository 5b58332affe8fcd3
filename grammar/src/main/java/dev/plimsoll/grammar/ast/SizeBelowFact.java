package dev.plimsoll.grammar.ast;

/**
 * {@code size below 300MB}.
 */
public record SizeBelowFact(Size size, Span span) implements ImageFact {}
