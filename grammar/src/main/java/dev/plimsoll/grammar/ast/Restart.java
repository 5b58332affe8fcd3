package dev.plimsoll.grammar.ast;

/**
 * {@code restart}: restart the same container.
 */
public record Restart(Target target, Span span) implements Action, Targeted {}
