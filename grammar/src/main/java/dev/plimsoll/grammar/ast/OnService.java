package dev.plimsoll.grammar.ast;

/** {@code on service NAME}. */
public record OnService(String name, Span span) implements Target {}
