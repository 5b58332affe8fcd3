package dev.plimsoll.grammar.ast;

/**
 * {@code image "ref"}: an image that already exists.
 */
public record ImageSubject(Text reference, Span span) implements Subject {}
