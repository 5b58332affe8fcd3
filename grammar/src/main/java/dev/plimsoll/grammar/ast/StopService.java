package dev.plimsoll.grammar.ast;

/**
 * {@code stop service NAME}.
 */
public record StopService(String service, Span span) implements Action {}
