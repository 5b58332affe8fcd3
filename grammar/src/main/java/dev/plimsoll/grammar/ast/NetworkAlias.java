package dev.plimsoll.grammar.ast;

/** {@code alias "db-primary"}: one more name under which the scenario's network reaches this container. */
public record NetworkAlias(Text alias, Span span) implements Setting {}
