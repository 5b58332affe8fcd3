package dev.plimsoll.grammar.ast;

/** {@code mount "hostpath" at "/path" [read only]}; a relative host path is relative to the contract file. */
public record HostMount(Text hostPath, Text containerPath, boolean readOnly, Span span) implements Setting {}
