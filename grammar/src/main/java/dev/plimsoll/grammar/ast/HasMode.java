package dev.plimsoll.grammar.ast;

/**
 * {@code mode 0750}: permission bits, octal in the source.
 */
public record HasMode(int mode, Span span) implements FileProperty {}
