package dev.plimsoll.grammar.ast;

/**
 * A check on an HTTP response.
 */
public sealed interface HttpAssertion extends Node permits StatusIs, HeaderIs, BodyIs, JsonAssertion {}
