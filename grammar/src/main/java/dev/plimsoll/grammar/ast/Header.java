package dev.plimsoll.grammar.ast;

/**
 * {@code header "Name" = "value"} of a request.
 */
public record Header(Text name, Text value, Span span) implements Node {}
