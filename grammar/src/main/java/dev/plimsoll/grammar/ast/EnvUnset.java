package dev.plimsoll.grammar.ast;

/**
 * {@code unset env NAME}: removes a variable the image defines.
 */
public record EnvUnset(String name, Span span) implements Setting {}
