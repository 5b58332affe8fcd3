package dev.plimsoll.grammar.ast;

/**
 * {@code is directory}.
 */
public record IsDirectory(Span span) implements FileProperty {}
