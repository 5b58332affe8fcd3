package dev.plimsoll.grammar.compose;

/** A string from a Compose file, interpolated, with where it was written. */
public record Value(String text, Origin origin) {}
