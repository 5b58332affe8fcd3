package dev.plimsoll.grammar.ast;

/**
 * {@code matches /re/}.
 */
public record OutputMatches(Regex regex, Span span) implements OutputMatch {}
