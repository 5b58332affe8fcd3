package dev.plimsoll.grammar.ast;

/**
 * {@code workdir "/srv"}.
 */
public record WorkdirFact(Text path, Span span) implements ImageFact {}
