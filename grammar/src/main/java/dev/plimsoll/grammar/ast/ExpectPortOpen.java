package dev.plimsoll.grammar.ast;

import java.util.Optional;

/**
 * {@code expect port N|"${PORT}" open [within D]}.
 */
public record ExpectPortOpen(PortValue port, Target target, Optional<Duration> within, Span span)
        implements Expectation, Targeted {}
