package dev.plimsoll.engine.step;

import dev.plimsoll.engine.Deadlines;
import java.time.Duration;
import java.util.Optional;

/** A step's own {@code within}, scaled, or the deadline that applies when it has none. */
final class Within {
    private Within() {}

    static Duration or(Optional<dev.plimsoll.grammar.ast.Duration> within, Duration fallback, Deadlines deadlines) {
        return within.map(written -> deadlines.scaled(Duration.ofMillis(written.millis())))
                .orElse(fallback);
    }

    /** A check's own {@code within}, else the file's {@code expect within} (zero: tried once). */
    static Duration check(Optional<dev.plimsoll.grammar.ast.Duration> within, Deadlines deadlines) {
        return or(within, deadlines.expectScaled(), deadlines);
    }

    /** A wait's own {@code within}, else the wait default. */
    static Duration waitFor(Optional<dev.plimsoll.grammar.ast.Duration> within, Deadlines deadlines) {
        return or(within, deadlines.waitScaled(), deadlines);
    }
}
