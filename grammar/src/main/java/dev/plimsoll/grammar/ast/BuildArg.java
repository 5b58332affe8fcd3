package dev.plimsoll.grammar.ast;

/**
 * {@code arg NAME = "value"} of a build subject.
 */
public record BuildArg(String name, Text value, Span span) implements Node {}
