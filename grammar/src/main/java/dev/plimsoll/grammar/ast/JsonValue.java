package dev.plimsoll.grammar.ast;

/**
 * A JSON literal.
 */
public sealed interface JsonValue extends Node permits JsonString, JsonNumber, JsonBoolean, JsonNull {}
