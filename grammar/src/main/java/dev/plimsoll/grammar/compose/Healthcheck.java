package dev.plimsoll.grammar.compose;

import java.util.List;
import java.util.Optional;

/**
 * {@code healthcheck}, overriding the image's: {@code test} as Docker takes it ({@code ["CMD", ...]},
 * {@code ["CMD-SHELL", "..."]}, or empty to keep the image's), durations as written, or {@code disabled}.
 */
public record Healthcheck(
        List<String> test,
        boolean disabled,
        Optional<String> interval,
        Optional<String> timeout,
        Optional<String> startPeriod,
        Optional<Integer> retries,
        Origin origin) {
    public Healthcheck {
        test = List.copyOf(test);
    }
}
