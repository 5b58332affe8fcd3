package dev.plimsoll.grammar.ast;

/**
 * A user or group by name.
 */
public record ByName(String name, Span span) implements Principal {}
