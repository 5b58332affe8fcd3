package dev.plimsoll.grammar.ast;

/**
 * A user or group by numeric id.
 */
public record ById(int id, Span span) implements Principal {}
