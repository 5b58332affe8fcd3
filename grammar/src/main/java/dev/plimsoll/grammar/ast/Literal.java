package dev.plimsoll.grammar.ast;

/**
 * Plain characters of a string, escapes already decoded.
 */
public record Literal(String value) implements TextPart {}
