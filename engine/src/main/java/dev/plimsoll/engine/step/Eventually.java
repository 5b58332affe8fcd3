package dev.plimsoll.engine.step;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Retries a check that has no event to wait on (HTTP, open ports, processes) until it holds or its deadline passes.
 * Attempts start 100 ms apart and back off to a quarter second: each is cheap, and a late look is a slower run.
 */
final class Eventually {
    private static final long MAX_PAUSE_MILLIS = 250;

    private Eventually() {}

    /** The mismatches of the last attempt; empty when the check held. A zero deadline means one attempt. */
    static List<String> hold(Duration deadline, Supplier<List<String>> attempt) {
        long end = System.nanoTime() + deadline.toNanos();
        long pause = 100;
        while (true) {
            List<String> mismatches = attempt.get();
            long left = (end - System.nanoTime()) / 1_000_000;
            if (mismatches.isEmpty() || left <= 0) {
                return mismatches;
            }
            sleep(Math.min(pause, left));
            pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a check", e);
        }
    }
}
