package dev.plimsoll.grammar.ast;

/** A step that can act on the subject, a service or the host. */
public interface Targeted {
    Target target();
}
