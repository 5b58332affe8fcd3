package dev.plimsoll.grammar.ast;

import java.util.Optional;

/**
 * {@code wait for healthy [within D]}: the image's own HEALTHCHECK.
 */
public record WaitForHealthy(Target target, Optional<Duration> within, Span span) implements WaitAction, Targeted {}
