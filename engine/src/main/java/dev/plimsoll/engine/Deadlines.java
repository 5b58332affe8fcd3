package dev.plimsoll.engine;

import dev.plimsoll.grammar.Durations;
import java.time.Duration;

/**
 * Default deadlines as configured, and the timeout scale. Every deadline in use goes through {@link #scaled(Duration)}:
 * the defaults, a contract's {@code defaults} block and a step's own {@code within} alike.
 *
 * @param expectTimeout how long a check without {@code within} is retried; zero means it is tried once
 */
public record Deadlines(
        Duration waitTimeout,
        Duration exitTimeout,
        Duration httpTimeout,
        Duration commandTimeout,
        Duration expectTimeout,
        double scale) {

    public Duration scaled(Duration duration) {
        return scale == 1.0 ? duration : Duration.ofMillis(Math.round(duration.toMillis() * scale));
    }

    public Deadlines withDefaults(Duration wait, Duration exit, Duration http, Duration command, Duration expect) {
        return new Deadlines(wait, exit, http, command, expect, scale);
    }

    public Duration expectScaled() {
        return scaled(expectTimeout);
    }

    public Duration waitScaled() {
        return scaled(waitTimeout);
    }

    public Duration exitScaled() {
        return scaled(exitTimeout);
    }

    public Duration httpScaled() {
        return scaled(httpTimeout);
    }

    public Duration commandScaled() {
        return scaled(commandTimeout);
    }

    /** A duration the way contracts write it: {@code 5s}, {@code 1500ms}, {@code 2m}. */
    public static String describe(Duration duration) {
        return Durations.format(duration.toMillis());
    }
}
