package dev.plimsoll.grammar.ast;

/**
 * {@code body = "..."}, {@code body contains "x"}, {@code body matches /re/}, {@code body empty}.
 */
public record BodyIs(TextMatch match, Span span) implements HttpAssertion {}
