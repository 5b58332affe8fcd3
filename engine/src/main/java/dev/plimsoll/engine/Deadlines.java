package dev.plimsoll.engine;

import java.time.Duration;

/**
 * Default deadlines, already multiplied by the timeout scale. A contract's {@code defaults} block and a step's own
 * {@code within} are scaled the same way through {@link #scaled(Duration)}.
 */
public record Deadlines(
        Duration waitTimeout, Duration exitTimeout, Duration httpTimeout, Duration commandTimeout, double scale) {

    public Duration scaled(Duration duration) {
        return scale == 1.0 ? duration : Duration.ofMillis(Math.round(duration.toMillis() * scale));
    }

    public Deadlines withDefaults(Duration wait, Duration exit, Duration http, Duration command) {
        return new Deadlines(wait, exit, http, command, scale);
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
}
