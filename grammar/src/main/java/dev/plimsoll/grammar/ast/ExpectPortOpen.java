package dev.plimsoll.grammar.ast;

import java.util.Optional;

/**
 * {@code expect port N open [within D]}.
 */
public record ExpectPortOpen(Port port, Target target, Optional<Duration> within, Span span)
        implements Expectation, Targeted {}
