package dev.plimsoll.grammar.ast;

/**
 * {@code stop signal SIGTERM}.
 */
public record StopSignalFact(SignalName signal, Span span) implements ImageFact {}
