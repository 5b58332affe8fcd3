package dev.plimsoll.grammar.ast;

/**
 * {@code exists}.
 */
public record Exists(Span span) implements FileProperty {}
