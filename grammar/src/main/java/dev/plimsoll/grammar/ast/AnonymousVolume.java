package dev.plimsoll.grammar.ast;

/** {@code volume at "/data"}: a fresh unnamed volume at a container path, removed with the container. */
public record AnonymousVolume(Text path, Span span) implements Setting {}
