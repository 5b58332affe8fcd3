package dev.plimsoll.engine.docker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A small process that outlives its run's owner: it holds the read end of a pipe whose write end only the owner
 * has, so the pipe closes when the owner ends, however it ends (SIGKILL included). The owner writes {@code done}
 * first when it ended its run itself. Otherwise, once the owner's pid is no longer that process, the reaper removes
 * the run's containers, networks and volumes: at once, and twice more over the next seconds for creations that
 * were in flight. It never removes a run whose owner is alive.
 *
 * <p>Started by {@link ReaperLink} with {@code runId ownerHost ownerPid ownerStarted [dockerHost]}.
 */
public final class Reaper {

    static final String DONE = "done";
    private static final Duration[] PASSES = {Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(5)};
    private static final Duration CONNECT_FOR = Duration.ofSeconds(60);

    private Reaper() {}

    public static void main(String[] args) throws Exception {
        ignoreTerminalSignals();
        String runId = args[0];
        RunOwner owner = new RunOwner(args[1], Long.parseLong(args[2]), Long.parseLong(args[3]));
        Optional<String> dockerHost = args.length > 4 ? Optional.of(args[4]) : Optional.empty();
        System.err.println("plimsoll reaper: watching run " + runId + " of " + owner.describe());
        if (releasedByOwner(System.in)) {
            System.exit(0);
        }
        while (owner.status() == RunOwner.Status.ALIVE) {
            Thread.sleep(200); // the pipe closed, but the owner lives: its run is not ours to end
        }
        System.err.println("plimsoll reaper: " + owner.describe() + " is gone; removing run " + runId);
        reap(runId, dockerHost);
        System.exit(0);
    }

    /** True when the owner said {@link #DONE} before the pipe closed. */
    static boolean releasedByOwner(InputStream pipe) throws IOException {
        byte[] all = pipe.readAllBytes();
        return new String(all, StandardCharsets.US_ASCII).contains(DONE);
    }

    private static void reap(String runId, Optional<String> dockerHost) throws InterruptedException {
        Map<String, String> labels = Map.of(Cleanup.OUR_LABEL, "true", Cleanup.RUN_LABEL, runId);
        DockerSettings settings = new DockerSettings(
                dockerHost, System.getenv(), Path.of(System.getProperty("user.home")), "reaper-" + runId);
        long giveUp = System.nanoTime() + CONNECT_FOR.toNanos();
        for (Duration pause : PASSES) {
            Thread.sleep(pause.toMillis());
            while (true) {
                try (Docker docker = Docker.connect(settings)) {
                    System.err.println("plimsoll reaper: removed " + docker.removeAll(labels));
                    break;
                } catch (RuntimeException e) {
                    if (System.nanoTime() > giveUp) {
                        System.err.println("plimsoll reaper: gave up on run " + runId + ": " + DockerCall.reason(e));
                        return;
                    }
                    Thread.sleep(1000); // the engine may be restarting
                }
            }
        }
    }

    /** Started with setsid where there is one; without, Ctrl-C and a closed terminal must still not end it. */
    @SuppressWarnings("removal")
    private static void ignoreTerminalSignals() {
        for (String name : new String[] {"INT", "HUP"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sun.misc.SignalHandler.SIG_IGN);
            } catch (IllegalArgumentException e) {
                // not available here: setsid already keeps the terminal's signals away
            }
        }
    }
}
