package dev.plimsoll.grammar.compose;

/** The container side of a {@code ports} entry; the host side is always chosen free by plimsoll. */
public record ContainerPort(int port, String protocol, Origin origin) {}
