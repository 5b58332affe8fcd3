package dev.plimsoll.grammar.ast;

/**
 * The whole string equals the text.
 */
public record Equals(Text text, Span span) implements TextMatch {}
