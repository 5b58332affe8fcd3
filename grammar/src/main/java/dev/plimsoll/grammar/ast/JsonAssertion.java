package dev.plimsoll.grammar.ast;

/**
 * {@code json "$.path" = value | exists | matches /re/}.
 */
public record JsonAssertion(String path, JsonCheck check, Span span) implements HttpAssertion {}
