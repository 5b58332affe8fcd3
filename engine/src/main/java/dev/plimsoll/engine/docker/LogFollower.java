package dev.plimsoll.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.IOException;
import java.time.Duration;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds one {@link ContainerLog} from Docker's follow stream. When the stream ends on its own the container
 * has stopped, and the log is told its exit code; a stream we abandon (for a restart or a removal) says
 * nothing, and the next one starts where the last line left off.
 */
final class LogFollower {

    private static final Logger LOG = LoggerFactory.getLogger(LogFollower.class);
    private static final Duration EXIT_CODE_WAIT = Duration.ofSeconds(10);

    private final DockerClient client;
    private final Containers containers;
    private final ContainerLog log;
    private final EngineWatch watch;
    private @Nullable Follow current;

    LogFollower(DockerClient client, Containers containers, ContainerLog log, EngineWatch watch) {
        this.client = client;
        this.containers = containers;
        this.log = log;
        this.watch = watch;
    }

    ContainerLog log() {
        return log;
    }

    /** Follows from the container's first line. */
    synchronized void follow() {
        abandon();
        Follow follow = new Follow();
        current = follow;
        int since = (int) log.resumeSinceEpochSecond();
        watch.run("follow the log of " + Containers.shortId(log.containerId()), () -> client.logContainerCmd(
                        log.containerId())
                .withFollowStream(true)
                .withStdOut(true)
                .withStdErr(true)
                .withTimestamps(true)
                .withSince(since)
                .exec(follow));
    }

    /** Reads the log of an exited container once, to its end, into a log of its own that is ended with its code. */
    static ContainerLog readStored(DockerClient client, Containers containers, String containerId, EngineWatch watch) {
        ContainerLog log = new ContainerLog(containerId);
        ResultCallback.Adapter<Frame> read = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                log.accept(
                        frame.getStreamType() == StreamType.STDERR
                                ? ContainerLog.Stream.STDERR
                                : ContainerLog.Stream.STDOUT,
                        frame.getPayload());
            }
        };
        watch.run("read the log of " + Containers.shortId(containerId), () -> {
            try (read) {
                client.logContainerCmd(containerId)
                        .withStdOut(true)
                        .withStdErr(true)
                        .withTimestamps(true)
                        .exec(read)
                        .awaitCompletion();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DockerOperationException("interrupted while reading the log of " + containerId, e);
            } catch (IOException e) {
                throw new DockerOperationException("cannot read the log of " + containerId + ": " + e.getMessage(), e);
            }
        });
        log.end(containers.state(containerId).exitCode().orElse(-1));
        return log;
    }

    /** Follows again after a restart or a new start, dropping the lines already seen. */
    synchronized void resume() {
        abandon();
        log.resume();
        follow();
    }

    /** Stops following without reporting an exit (the caller restarts or removes the container). */
    synchronized void abandon() {
        if (current == null) {
            return;
        }
        current.abandoned = true;
        try {
            current.close();
        } catch (IOException e) {
            LOG.debug("closing the log stream of {} failed", log.containerId(), e);
        }
        current = null;
    }

    private void streamEnded(Follow follow) {
        if (follow.abandoned) {
            return;
        }
        try {
            OptionalInt code = exitCode();
            if (!follow.abandoned) {
                log.end(code.orElse(-1));
            }
        } catch (DockerUnavailableException lost) {
            // The stream ended because the engine went away, not the container: say so, not "exited".
            log.lose(String.valueOf(lost.getMessage()));
        }
    }

    private OptionalInt exitCode() {
        OptionalInt code;
        try {
            code = containers.awaitExit(log.containerId(), EXIT_CODE_WAIT);
        } catch (DockerUnavailableException lost) {
            throw lost;
        } catch (RuntimeException e) {
            LOG.debug("waiting for the exit code of {} failed", log.containerId(), e);
            code = OptionalInt.empty();
        }
        if (code.isEmpty()) {
            code = recordedExitCode();
        }
        if (code.isEmpty()) {
            watch.confirmAlive();
        }
        return code;
    }

    /** The exit code Docker recorded, when waiting for it failed: a message with -1 helps nobody. */
    private OptionalInt recordedExitCode() {
        try {
            return containers.state(log.containerId()).exitCode();
        } catch (DockerUnavailableException lost) {
            throw lost;
        } catch (RuntimeException e) {
            LOG.debug("inspecting {} after its log ended failed", log.containerId(), e);
            return OptionalInt.empty();
        }
    }

    private final class Follow extends ResultCallback.Adapter<Frame> {
        private volatile boolean abandoned;

        @Override
        public void onNext(Frame frame) {
            if (abandoned) {
                return;
            }
            ContainerLog.Stream stream = frame.getStreamType() == StreamType.STDERR
                    ? ContainerLog.Stream.STDERR
                    : ContainerLog.Stream.STDOUT;
            log.accept(stream, frame.getPayload());
        }

        @Override
        public void onComplete() {
            // Before super: closing the callback interrupts this thread, which would cut the wait short.
            streamEnded(this);
            super.onComplete();
        }

        @Override
        public void onError(Throwable error) {
            // Not super.onError: it logs at ERROR, and a stream that breaks means the container went away.
            if (abandoned) {
                return;
            }
            LOG.debug("the log stream of {} failed", log.containerId(), error);
            streamEnded(this);
            try {
                close();
            } catch (IOException e) {
                LOG.debug("closing the log stream of {} failed", log.containerId(), e);
            }
        }
    }
}
