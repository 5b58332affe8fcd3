package dev.plimsoll.engine.docker;

import java.time.Duration;

/** How {@link ContainerLog#awaitLine} ended. */
public sealed interface LineAwait {

    /** A line satisfied the condition. */
    record Matched(String line) implements LineAwait {}

    /** The container stopped before any line did; {@code exitCode} is -1 when Docker did not say. */
    record Exited(int exitCode) implements LineAwait {}

    /** The deadline passed with the container still running. */
    record TimedOut(Duration waited) implements LineAwait {}
}
