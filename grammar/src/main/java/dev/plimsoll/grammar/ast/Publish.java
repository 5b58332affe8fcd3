package dev.plimsoll.grammar.ast;

/**
 * {@code publish 9000}: on 127.0.0.1 at a free host port.
 */
public record Publish(Port port, Span span) implements Setting {}
