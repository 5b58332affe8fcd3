package dev.plimsoll.engine.docker;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What keeps a run from leaving things behind, whatever ends it: the runner's signal handler finds it among the
 * {@link LiveRuns}; a {@link Reaper} process removes its objects if this process dies without ending the run
 * (SIGKILL, a crash, an IDE's stop button); and as it creates its first object it sweeps, in the background, the runs
 * whose owner is gone.
 */
public final class RunGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunGuard.class);

    private final Docker docker;
    private @Nullable ReaperLink reaper;

    private RunGuard(Docker docker) {
        this.docker = docker;
    }

    /** Guards the run of {@code docker}, which was connected with {@code settings}. */
    public static RunGuard start(Docker docker, DockerSettings settings) {
        LiveRuns.add(docker);
        RunGuard guard = new RunGuard(docker);
        if (!(docker instanceof DockerJavaBackend backend)) {
            return guard; // an in-memory Docker of unit tests: nothing to reap or sweep
        }
        // The reaper is a process of its own (a JVM start on a busy CPU), and the sweep three calls to the engine: only
        // a run that creates something needs them, and they come with its first creation.
        backend.beforeFirstCreation(() -> {
            guard.startReaper(settings);
            Thread sweep = new Thread(() -> sweep(docker), "plimsoll-sweep");
            sweep.setDaemon(true);
            sweep.start();
        });
        return guard;
    }

    /** Removes the runs whose owner is gone; never a live run, one of another host, or one without an owner. */
    static void sweep(Docker docker) {
        String mine = docker.runLabels().get(Cleanup.RUN_LABEL);
        try {
            List<LeftRun> gone = docker.runs().stream()
                    .filter(run -> !run.runId().equals(mine))
                    .filter(LeftRun::ownerGone)
                    .toList();
            for (LeftRun run : gone) {
                RemovalCounts removed =
                        docker.removeAll(java.util.Map.of(Cleanup.OUR_LABEL, "true", Cleanup.RUN_LABEL, run.runId()));
                LOG.debug("swept run {} of {}: {}", run.runId(), run.owner(), removed);
            }
        } catch (RuntimeException e) {
            LOG.debug("sweeping the runs of gone owners failed: {}", DockerCall.reason(e));
        }
    }

    private synchronized void startReaper(DockerSettings settings) {
        if (reaper == null) reaper = ReaperLink.start(settings, docker.owner());
    }

    /** The run ended and removed what it made: the reaper, if one was started, may go. */
    @Override
    public synchronized void close() {
        LiveRuns.remove(docker);
        if (reaper != null) reaper.release();
    }
}
