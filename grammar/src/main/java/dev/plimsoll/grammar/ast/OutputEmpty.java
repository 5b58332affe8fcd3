package dev.plimsoll.grammar.ast;

/**
 * {@code empty}.
 */
public record OutputEmpty(Span span) implements OutputMatch {}
