package dev.plimsoll.grammar.ast;

/**
 * The string is empty.
 */
public record Empty(Span span) implements TextMatch {}
