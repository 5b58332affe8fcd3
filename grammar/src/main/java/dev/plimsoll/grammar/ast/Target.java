package dev.plimsoll.grammar.ast;

/**
 * Where a step acts: the subject (nothing written), a service ({@code on service NAME}) or the host
 * ({@code on host}, only for ports and HTTP).
 */
public sealed interface Target extends Node permits OnSubject, OnService, OnHost {
    /** The default target: the subject, at the step's own span since nothing was written. */
    static Target subject(Span span) {
        return new OnSubject(span);
    }
}
