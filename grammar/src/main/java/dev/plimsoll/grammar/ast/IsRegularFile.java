package dev.plimsoll.grammar.ast;

/**
 * {@code is regular file}.
 */
public record IsRegularFile(Span span) implements FileProperty {}
