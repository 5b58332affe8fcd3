package dev.plimsoll.grammar.ast;

/**
 * A Linux signal by canonical name, e.g. {@code SIGTERM}.
 */
public record SignalName(String name, Span span) implements Node {}
