package dev.plimsoll.grammar.ast;

/**
 * A piece of a {@link Text}.
 */
public sealed interface TextPart permits Literal, VariableRef {}
