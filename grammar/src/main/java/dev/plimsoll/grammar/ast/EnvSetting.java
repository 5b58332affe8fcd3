package dev.plimsoll.grammar.ast;

/**
 * {@code env NAME = "value"}.
 */
public record EnvSetting(String name, Text value, Span span) implements Setting {}
