package dev.plimsoll.grammar.ast;

import java.math.BigDecimal;

/**
 * A JSON number.
 */
public record JsonNumber(BigDecimal value, Span span) implements JsonValue {}
