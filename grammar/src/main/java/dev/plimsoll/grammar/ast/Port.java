package dev.plimsoll.grammar.ast;

/**
 * A container port: {@code 8080} (tcp) or {@code 8080/udp}.
 */
public record Port(int number, Protocol protocol, Span span) implements PortValue {}
