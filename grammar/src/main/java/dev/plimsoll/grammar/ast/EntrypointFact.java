package dev.plimsoll.grammar.ast;

import java.util.List;

/**
 * {@code entrypoint ["a", "b"]} or {@code entrypoint "a b"}.
 */
public record EntrypointFact(List<Text> argv, Span span) implements ImageFact {
    public EntrypointFact {
        argv = List.copyOf(argv);
    }
}
