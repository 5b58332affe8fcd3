package dev.plimsoll.grammar.ast;

import java.util.Optional;

/**
 * {@code wait for port N|"${PORT}" [within D]}.
 */
public record WaitForPort(PortValue port, Target target, Optional<Duration> within, Span span)
        implements WaitAction, Targeted {}
