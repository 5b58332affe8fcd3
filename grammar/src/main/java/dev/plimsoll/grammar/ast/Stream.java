package dev.plimsoll.grammar.ast;

/** Which output of a container or command a check reads. */
public enum Stream {
    STDOUT,
    STDERR,
    /** stdout and stderr interleaved as the container wrote them. */
    LOG
}
