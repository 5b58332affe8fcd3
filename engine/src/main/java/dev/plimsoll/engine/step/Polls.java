package dev.plimsoll.engine.step;

import dev.plimsoll.engine.Deadlines;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/** A wait that has no event to wait on (a port, an HTTP answer) looks again until its deadline. */
final class Polls {
    private Polls() {}

    static Verdict until(Duration deadline, Container on, Supplier<List<String>> look) {
        List<String> mismatches = Eventually.hold(deadline, look);
        return mismatches.isEmpty()
                ? Verdict.held(on)
                : Verdict.of(List.of(mismatches.get(0) + " (gave up after " + Deadlines.describe(deadline) + ")"), on);
    }
}
