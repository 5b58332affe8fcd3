package dev.plimsoll.grammar.ast;

/** Transport protocol of a port. */
public enum Protocol {
    TCP,
    UDP
}
