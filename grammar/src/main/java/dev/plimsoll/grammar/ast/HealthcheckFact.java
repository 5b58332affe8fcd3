package dev.plimsoll.grammar.ast;

/**
 * {@code healthcheck}: the image defines a HEALTHCHECK.
 */
public record HealthcheckFact(Span span) implements ImageFact {}
