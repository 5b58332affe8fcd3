package dev.plimsoll.engine.docker;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * Docker answers a wait for a container's exit only once it has tidied up after it (its network, its mounts). On a
 * busy engine that takes seconds: under scripts/test-load a container died 1.4 s after SIGTERM and the wait answered
 * 4.3 s later, so {@code expect exit 0 within 10s} could fail for an exit that came in time. When a wait runs out,
 * the exit time Docker recorded decides instead (inspecting the container waits for the tidying-up, which holds
 * it). The engine's clock must be ours for that, so only a local engine (a unix socket) is asked this way.
 */
final class LateExit {

    private LateExit() {}

    /** The exit code when the container had exited by {@code deadline}; empty while it runs or when it was late. */
    static OptionalInt inTime(ContainerState state, Instant deadline) {
        if (state.running() || state.exitCode().isEmpty() || state.finishedAt().isEmpty()) {
            return OptionalInt.empty();
        }
        return state.finishedAt().get().isAfter(deadline) ? OptionalInt.empty() : state.exitCode();
    }
}
