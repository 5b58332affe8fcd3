package dev.plimsoll.grammar.ast;

import java.util.List;

/**
 * {@code entrypoint ["a", "b"]} or {@code entrypoint "a b"}.
 */
public record EntrypointSetting(List<Text> argv, Span span) implements Setting {
    public EntrypointSetting {
        argv = List.copyOf(argv);
    }
}
