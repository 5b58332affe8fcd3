package dev.plimsoll.grammar.ast;

/** {@code save json "$.id" as NOTE_ID}: keeps a value of a passing step for later steps of its scenario. */
public record SaveValue(ValueSource source, String name, Span span) implements Node {}
