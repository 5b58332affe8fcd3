package dev.plimsoll.grammar.ast;

import java.util.Optional;

/**
 * {@code expect stdout|stderr|log [not] contains|matches|equals|empty|lines in order ... [within D]}.
 */
public record ExpectOutput(
        Stream stream, boolean negated, OutputMatch match, Target target, Optional<Duration> within, Span span)
        implements Expectation, Targeted {}
