package dev.plimsoll.grammar.ast;

/**
 * {@code matches /re/}: the value as a string.
 */
public record JsonMatches(Regex regex, Span span) implements JsonCheck {}
