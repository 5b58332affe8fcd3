package dev.plimsoll.grammar.ast;

/**
 * {@code signal SIGHUP}.
 */
public record SendSignal(SignalName signal, Target target, Span span) implements Action, Targeted {}
