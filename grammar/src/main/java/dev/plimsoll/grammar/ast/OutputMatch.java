package dev.plimsoll.grammar.ast;

/**
 * How the output of a stream is checked.
 */
public sealed interface OutputMatch extends Node
        permits OutputContains, OutputMatches, OutputEquals, OutputEmpty, LinesInOrder {}
