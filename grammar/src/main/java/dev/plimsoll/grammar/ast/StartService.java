package dev.plimsoll.grammar.ast;

/**
 * {@code start service NAME}.
 */
public record StartService(String service, Span span) implements Action {}
