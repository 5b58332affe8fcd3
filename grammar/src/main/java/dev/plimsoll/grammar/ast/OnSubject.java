package dev.plimsoll.grammar.ast;

/** No target written: the step acts on the subject. Its span is the step's. */
public record OnSubject(Span span) implements Target {}
