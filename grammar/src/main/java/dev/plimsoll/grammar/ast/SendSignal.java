package dev.plimsoll.grammar.ast;

/**
 * {@code signal SIGHUP}.
 */
public record SendSignal(SignalName signal, Span span) implements Action {}
