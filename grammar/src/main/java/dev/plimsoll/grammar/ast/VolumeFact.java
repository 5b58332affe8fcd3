package dev.plimsoll.grammar.ast;

/**
 * {@code volume "/data"}.
 */
public record VolumeFact(Text path, Span span) implements ImageFact {}
