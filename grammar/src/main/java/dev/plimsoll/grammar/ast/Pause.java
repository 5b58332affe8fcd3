package dev.plimsoll.grammar.ast;

/** {@code pause D}: waits a fixed time. */
public record Pause(Duration duration, Span span) implements Action {}
