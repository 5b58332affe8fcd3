package dev.plimsoll.grammar.ast;

/**
 * The string contains the text.
 */
public record Contains(Text text, Span span) implements TextMatch {}
