package dev.plimsoll.grammar.ast;

/**
 * {@code contains "x"}, {@code matches /re/} or {@code equals "..."}.
 */
public record Content(TextMatch match, Span span) implements FileProperty {}
