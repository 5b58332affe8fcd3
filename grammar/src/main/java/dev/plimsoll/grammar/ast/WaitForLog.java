package dev.plimsoll.grammar.ast;

import java.util.Optional;

/**
 * {@code wait for log|stdout|stderr "x"|/re/ [within D]}; a plain string means a line containing it.
 */
public record WaitForLog(Stream stream, TextMatch match, Target target, Optional<Duration> within, Span span)
        implements WaitAction, Targeted {}
