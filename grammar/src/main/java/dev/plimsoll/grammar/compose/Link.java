package dev.plimsoll.grammar.compose;

/** A version 1 {@code links} entry {@code service[:alias]}: a started dependency reachable as {@code alias}. */
public record Link(String service, String alias, Origin origin) {}
