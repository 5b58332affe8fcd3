package dev.plimsoll.grammar.ast;

import java.util.Optional;

/**
 * {@code wait for port N [within D]}.
 */
public record WaitForPort(Port port, Target target, Optional<Duration> within, Span span)
        implements WaitAction, Targeted {}
