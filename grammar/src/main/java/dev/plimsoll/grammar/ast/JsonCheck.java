package dev.plimsoll.grammar.ast;

/**
 * A check on the value at a JSONPath.
 */
public sealed interface JsonCheck extends Node permits JsonEquals, JsonExists, JsonMatches {}
