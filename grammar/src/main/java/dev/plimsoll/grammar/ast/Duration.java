package dev.plimsoll.grammar.ast;

/**
 * A duration literal: {@code 500ms 5s 2m 1h}.
 */
public record Duration(long millis, Span span) implements Node {}
