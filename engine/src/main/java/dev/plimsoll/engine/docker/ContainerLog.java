package dev.plimsoll.engine.docker;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The log of one container, followed as a stream from its start: stdout and stderr kept apart, and both
 * together in arrival order ({@link Stream#LOG}). Thread-safe: Docker's callback thread feeds it while
 * checks read it and wait on it.
 */
public final class ContainerLog {

    public enum Stream {
        STDOUT,
        STDERR,
        /** stdout and stderr together, in the order they arrived. */
        LOG
    }

    private final String containerId;
    private final Object lock = new Object();
    private final Map<Stream, List<String>> lines = new EnumMap<>(Stream.class);
    // Where each stream's lines of the latest start begin: waits look from there on.
    private final Map<Stream, Integer> started = new EnumMap<>(Stream.class);
    private final Map<Stream, ByteArrayOutputStream> partial = new EnumMap<>(Stream.class);
    private Instant lastSeen = Instant.MIN;
    private Instant skipThrough = Instant.MIN;
    private boolean ended;
    private int exitCode = -1;

    ContainerLog(String containerId) {
        this.containerId = containerId;
        for (Stream stream : Stream.values()) {
            lines.put(stream, new ArrayList<>());
        }
        partial.put(Stream.STDOUT, new ByteArrayOutputStream());
        partial.put(Stream.STDERR, new ByteArrayOutputStream());
    }

    public String containerId() {
        return containerId;
    }

    /** Every complete line so far (a last line without newline counts once the stream ends). */
    public List<String> snapshot(Stream stream) {
        synchronized (lock) {
            return List.copyOf(linesOf(stream));
        }
    }

    /** The snapshot joined with newlines. */
    public String text(Stream stream) {
        return String.join("\n", snapshot(stream));
    }

    /** The last {@code n} lines of stdout and stderr together. */
    public List<String> tail(int n) {
        synchronized (lock) {
            List<String> all = linesOf(Stream.LOG);
            return List.copyOf(all.subList(Math.max(0, all.size() - n), all.size()));
        }
    }

    /** True once the container stopped and its log stream ended (until a restart resumes it). */
    public boolean ended() {
        synchronized (lock) {
            return ended;
        }
    }

    /** The exit code seen when the stream ended, if it did. */
    public OptionalInt exitCode() {
        synchronized (lock) {
            return ended && exitCode >= 0 ? OptionalInt.of(exitCode) : OptionalInt.empty();
        }
    }

    /**
     * Blocks until a line of {@code stream} written since the container's latest start (already there or new)
     * satisfies {@code condition}, the container stops, or {@code deadline} passes. Woken by each new line and by
     * the end of the stream; never polls. After a restart, the lines of the run before do not count: a ready line
     * must be written again.
     */
    public LineAwait awaitLine(Stream stream, Predicate<String> condition, Duration deadline) {
        long deadlineNanos = System.nanoTime() + deadline.toNanos();
        synchronized (lock) {
            int checked = started.getOrDefault(stream, 0);
            while (true) {
                List<String> seen = linesOf(stream);
                for (; checked < seen.size(); checked++) {
                    if (condition.test(seen.get(checked))) {
                        return new LineAwait.Matched(seen.get(checked));
                    }
                }
                if (ended) {
                    return new LineAwait.Exited(exitCode);
                }
                long remaining = deadlineNanos - System.nanoTime();
                if (remaining <= 0) {
                    return new LineAwait.TimedOut(deadline);
                }
                waitNanos(remaining);
            }
        }
    }

    private void waitNanos(long nanos) {
        try {
            lock.wait(Math.max(1, nanos / 1_000_000), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DockerOperationException("interrupted while waiting for a log line of " + containerId, e);
        }
    }

    /** A chunk of one stream as Docker sent it, each line prefixed by its RFC 3339 timestamp. */
    void accept(Stream stream, byte[] chunk) {
        synchronized (lock) {
            ByteArrayOutputStream buffer = Objects.requireNonNull(partial.get(stream), "only stdout and stderr arrive");
            for (byte b : chunk) {
                if (b != '\n') {
                    buffer.write(b);
                    continue;
                }
                addLine(stream, buffer.toString(StandardCharsets.UTF_8));
                buffer.reset();
            }
        }
    }

    /** The stream ended because the container stopped. */
    void end(int code) {
        synchronized (lock) {
            flushPartial();
            ended = true;
            exitCode = code;
            lock.notifyAll();
        }
    }

    /** A new stream follows after a restart: lines up to the last one seen are repeats and are dropped. */
    void resume() {
        synchronized (lock) {
            flushPartial();
            lines.forEach((stream, seen) -> started.put(stream, seen.size()));
            ended = false;
            exitCode = -1;
            skipThrough = lastSeen;
        }
    }

    /** Docker's {@code since} for a re-follow: whole seconds, so repeats are filtered by {@link #resume}. */
    long resumeSinceEpochSecond() {
        synchronized (lock) {
            return lastSeen.equals(Instant.MIN) ? 0 : lastSeen.getEpochSecond();
        }
    }

    private void flushPartial() {
        for (Map.Entry<Stream, ByteArrayOutputStream> entry : partial.entrySet()) {
            if (entry.getValue().size() > 0) {
                addLine(entry.getKey(), entry.getValue().toString(StandardCharsets.UTF_8));
                entry.getValue().reset();
            }
        }
    }

    private void addLine(Stream stream, String raw) {
        int space = raw.indexOf(' ');
        Instant stamp = space > 0 ? parseInstant(raw.substring(0, space)) : null;
        String line = stamp == null ? raw : raw.substring(space + 1);
        if (stamp != null) {
            if (!stamp.isAfter(skipThrough)) {
                return;
            }
            if (stamp.isAfter(lastSeen)) {
                lastSeen = stamp;
            }
        }
        String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        linesOf(stream).add(text);
        linesOf(Stream.LOG).add(text);
        lock.notifyAll();
    }

    /** Every stream has its list from the constructor on. */
    private List<String> linesOf(Stream stream) {
        return Objects.requireNonNull(lines.get(stream));
    }

    private static @Nullable Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
