package dev.plimsoll.grammar.compose;

import java.util.List;

/**
 * {@code command} or {@code entrypoint}: a list as written, or a string split into words like a shell does
 * (Compose does not run it through a shell). An empty list resets the image's value.
 */
public record Argv(List<String> words, Origin origin) {
    public Argv {
        words = List.copyOf(words);
    }
}
