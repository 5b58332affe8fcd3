package dev.plimsoll.grammar.ast;

import java.util.Optional;

/**
 * {@code wait for exit N [on service X] [within D]}; in a service block it makes a one-shot service that the
 * services after it wait for.
 */
public record WaitForExit(int code, Target target, Optional<Duration> within, Span span)
        implements WaitAction, Targeted {}
