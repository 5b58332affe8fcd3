package dev.plimsoll.grammar.ast;

/**
 * {@code exposed port 8080/tcp}.
 */
public record ExposedPortFact(Port port, Span span) implements ImageFact {}
