package dev.plimsoll.grammar.ast;

/**
 * {@code restart}: restart the same container.
 */
public record Restart(Span span) implements Action {}
