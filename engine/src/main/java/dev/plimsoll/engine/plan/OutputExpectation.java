package dev.plimsoll.engine.plan;

import dev.plimsoll.grammar.ast.Stream;

/** {@code stdout|stderr|log [not] ...}, resolved: the stream, whether it is negated, and what it must hold. */
public record OutputExpectation(Stream stream, boolean negated, ExpectedOutput expected) {}
