package dev.plimsoll.runner.report;

import java.util.Optional;

/** What became of one test or container. */
public sealed interface Outcome {

    record Passed() implements Outcome {}

    /** A check did not hold ({@link AssertionError}) or the engine could not carry it out (anything else). */
    record Failed(Throwable cause) implements Outcome {
        public boolean isAssertion() {
            return cause instanceof AssertionError;
        }
    }

    /** Started, then given up on: the engine could not make the check meaningful. */
    record Aborted(Optional<Throwable> cause) implements Outcome {
        public String reason() {
            return cause.map(Messages::of).orElse("aborted");
        }
    }

    record Skipped(String reason) implements Outcome {}
}
