package dev.plimsoll.grammar.ast;

/**
 * The regular expression finds a match in the string.
 */
public record Matches(Regex regex, Span span) implements TextMatch {}
