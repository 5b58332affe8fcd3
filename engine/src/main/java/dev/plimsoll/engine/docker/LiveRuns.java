package dev.plimsoll.engine.docker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runs going on in this process, so that whoever handles a signal (the runner) can stop them and remove what
 * they made: the engine creates its Docker connection deep inside a JUnit Platform execution, out of the runner's
 * reach.
 */
public final class LiveRuns {

    private static final Logger LOG = LoggerFactory.getLogger(LiveRuns.class);
    private static final Set<Docker> LIVE = ConcurrentHashMap.newKeySet();

    private LiveRuns() {}

    static void add(Docker docker) {
        LIVE.add(docker);
    }

    static void remove(Docker docker) {
        LIVE.remove(docker);
    }

    /** The ids of the runs going on now. */
    public static List<String> runIds() {
        return LIVE.stream().map(LiveRuns::runId).sorted().toList();
    }

    /** What interrupting one run achieved. */
    public record Interrupted(String runId, Optional<RemovalCounts> removed, String problem) {}

    /**
     * Stops every run from creating anything, waits up to {@code drain} for creations in flight, and removes each
     * run's containers, networks and volumes, all runs at once; gives up on what is not done within {@code budget}.
     */
    public static List<Interrupted> interruptAll(Duration drain, Duration budget) {
        List<Docker> runs = List.copyOf(LIVE);
        List<CompletableFuture<RemovalCounts>> removals = new ArrayList<>();
        for (Docker docker : runs) {
            removals.add(CompletableFuture.supplyAsync(() -> docker.interrupt(drain), runnable -> {
                Thread thread = new Thread(runnable, "plimsoll-interrupt");
                thread.setDaemon(true);
                thread.start();
            }));
        }
        long end = System.nanoTime() + budget.toNanos();
        List<Interrupted> results = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            results.add(outcome(runId(runs.get(i)), removals.get(i), end));
        }
        return results;
    }

    private static Interrupted outcome(String runId, CompletableFuture<RemovalCounts> removal, long end) {
        try {
            long left = Math.max(1, end - System.nanoTime());
            return new Interrupted(runId, Optional.of(removal.get(left, TimeUnit.NANOSECONDS)), "");
        } catch (TimeoutException e) {
            return new Interrupted(runId, Optional.empty(), "removing took too long");
        } catch (ExecutionException e) {
            LOG.debug("removing run {} failed", runId, e.getCause());
            return new Interrupted(runId, Optional.empty(), DockerCall.reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Interrupted(runId, Optional.empty(), "interrupted");
        }
    }

    private static String runId(Docker docker) {
        return docker.runLabels().getOrDefault(Cleanup.RUN_LABEL, "?");
    }
}
