package dev.plimsoll.grammar.ast;

import java.util.List;

/**
 * {@code cmd ["a", "b"]} or {@code cmd "a b"}.
 */
public record CmdFact(List<Text> argv, Span span) implements ImageFact {
    public CmdFact {
        argv = List.copyOf(argv);
    }
}
