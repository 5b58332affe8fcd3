package dev.plimsoll.grammar.ast;

/**
 * A size literal: B, kB, MB, GB (decimal) and KiB, MiB, GiB (binary).
 */
public record Size(long bytes, Span span) implements Node {}
