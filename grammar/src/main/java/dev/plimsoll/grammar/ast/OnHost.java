package dev.plimsoll.grammar.ast;

/** {@code on host}: a port on 127.0.0.1 of the machine running the tests. */
public record OnHost(Span span) implements Target {}
