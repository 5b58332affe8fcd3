package dev.plimsoll.grammar.ast;

import java.util.Optional;

/**
 * {@code expect exit N [within D]}.
 */
public record ExpectExit(int code, Target target, Optional<Duration> within, Span span)
        implements Expectation, Targeted {}
