package dev.plimsoll.grammar.ast;

/**
 * {@code recreate}: remove the container, start a new one with the same settings and volumes.
 */
public record Recreate(Span span) implements Action {}
