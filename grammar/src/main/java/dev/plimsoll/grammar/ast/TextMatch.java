package dev.plimsoll.grammar.ast;

/**
 * How a string is compared.
 */
public sealed interface TextMatch extends Node permits Equals, Contains, Matches, Empty {}
