package dev.plimsoll.grammar.ast;

/** {@code is socket}: a unix domain socket. */
public record IsSocket(Span span) implements FileProperty {}
