package dev.plimsoll.grammar.ast;

/**
 * A {@code /.../} literal; {@code \/} in the source is decoded to {@code /}.
 */
public record Regex(String pattern, Span span) implements Node {}
