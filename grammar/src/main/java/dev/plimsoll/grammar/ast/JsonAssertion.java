package dev.plimsoll.grammar.ast;

/**
 * {@code json "$.path" = value | exists | matches /re/}; the path may use {@code ${NAME}}, such as a value saved by
 * an earlier step: {@code json "$[?(@.id == ${NOTE_ID})].contents" exists}.
 */
public record JsonAssertion(Text path, JsonCheck check, Span span) implements HttpAssertion {}
