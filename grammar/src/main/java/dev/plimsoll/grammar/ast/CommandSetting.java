package dev.plimsoll.grammar.ast;

import java.util.List;

/**
 * {@code command ["a", "b"]} or {@code command "a b"} (split at whitespace, no shell).
 */
public record CommandSetting(List<Text> argv, Span span) implements Setting {
    public CommandSetting {
        argv = List.copyOf(argv);
    }
}
