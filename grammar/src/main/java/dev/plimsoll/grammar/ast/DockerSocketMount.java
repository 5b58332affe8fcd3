package dev.plimsoll.grammar.ast;

/** {@code mount docker socket}: the engine's socket, given only when a contract asks for it in so many words. */
public record DockerSocketMount(Span span) implements Setting {}
