package dev.plimsoll.engine.docker;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The log of one container, followed as a stream from its start: stdout and stderr kept apart, and both
 * together in arrival order ({@link Stream#LOG}). Thread-safe: Docker's callback thread feeds it while
 * checks read it and wait on it.
 *
 * <p>Memory stays bounded whatever the container writes: waits match lines as they stream by, a bounded tail is
 * kept for messages, and a log larger than {@link LogStore#MEMORY_CHARS} moves to a temporary file, read again only
 * by whole-stream reads ({@link #forEachLine}, {@link #text}) and deleted when the container is removed. A line
 * longer than {@link #MAX_LINE_BYTES} is cut into lines of that size.
 */
public final class ContainerLog {

    static final int MAX_LINE_BYTES = 1 << 20;

    public enum Stream {
        STDOUT,
        STDERR,
        /** stdout and stderr together, in the order they arrived. */
        LOG
    }

    private final String containerId;
    private final Object lock = new Object();
    private final LogStore store = new LogStore();
    // Where the lines of the latest start begin: waits look from there on.
    private long started;
    private final Map<Stream, ByteArrayOutputStream> partial = new EnumMap<>(Stream.class);
    private Instant lastSeen = Instant.MIN;
    private Instant skipThrough = Instant.MIN;
    private boolean ended;
    private int exitCode = -1;
    private @Nullable String lost;

    ContainerLog(String containerId) {
        this.containerId = containerId;
        partial.put(Stream.STDOUT, new ByteArrayOutputStream());
        partial.put(Stream.STDERR, new ByteArrayOutputStream());
    }

    public String containerId() {
        return containerId;
    }

    /**
     * Every complete line so far (a last line without newline counts once the stream ends). Holds the whole stream in
     * memory: prefer {@link #forEachLine} for logs that may be large.
     */
    public List<String> snapshot(Stream stream) {
        List<String> lines = new ArrayList<>();
        forEachLine(stream, lines::add);
        return List.copyOf(lines);
    }

    /** The snapshot joined with newlines; holds the whole stream in memory, like {@link #snapshot}. */
    public String text(Stream stream) {
        StringJoiner text = new StringJoiner("\n");
        forEachLine(stream, text::add);
        return text.toString();
    }

    /** Hands every complete line of {@code stream} so far to {@code action}, in order, without keeping them. */
    public void forEachLine(Stream stream, Consumer<String> action) {
        synchronized (lock) {
            try (LogStore.Cursor cursor = store.cursor(0)) {
                for (LogStore.Line line = cursor.next(); line != null; line = cursor.next()) {
                    if (belongs(line, stream)) {
                        action.accept(line.text());
                    }
                }
            }
        }
    }

    /** The last {@code n} lines of stdout and stderr together (at most {@link LogStore#TAIL_LINES}). */
    public List<String> tail(int n) {
        synchronized (lock) {
            return store.tail(n);
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
     * must be written again. Throws {@link DockerUnavailableException} when the engine stopped answering.
     */
    public LineAwait awaitLine(Stream stream, Predicate<String> condition, Duration deadline) {
        long deadlineNanos = System.nanoTime() + deadline.toNanos();
        synchronized (lock) {
            try (LogStore.Cursor cursor = store.cursor(started)) {
                while (true) {
                    for (LogStore.Line line = cursor.next(); line != null; line = cursor.next()) {
                        if (belongs(line, stream) && condition.test(line.text())) {
                            return new LineAwait.Matched(line.text());
                        }
                    }
                    if (lost != null) {
                        throw new DockerUnavailableException(lost, null);
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
    }

    private static boolean belongs(LogStore.Line line, Stream stream) {
        return stream == Stream.LOG || line.stderr() == (stream == Stream.STDERR);
    }

    private void waitNanos(long nanos) {
        try {
            lock.wait(Math.max(1, nanos / 1_000_000), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DockerOperationException("interrupted while waiting for a log line of " + containerId, e);
        }
    }

    /** The engine stopped answering: waits end with {@code message} instead of an exit or a timeout. */
    void lose(String message) {
        synchronized (lock) {
            if (lost == null) {
                lost = message;
            }
            lock.notifyAll();
        }
    }

    /** The container is gone: its temporary file, if any, is deleted; the tail stays for messages. */
    void discard() {
        synchronized (lock) {
            store.discard();
        }
    }

    /** For tests: the characters held in memory, and the file the log moved to. */
    long memoryChars() {
        synchronized (lock) {
            return store.memoryChars();
        }
    }

    @Nullable
    Path spillFile() {
        synchronized (lock) {
            return store.file();
        }
    }

    /** A chunk of one stream as Docker sent it, each line prefixed by its RFC 3339 timestamp. */
    void accept(Stream stream, byte[] chunk) {
        synchronized (lock) {
            ByteArrayOutputStream buffer = Objects.requireNonNull(partial.get(stream), "only stdout and stderr arrive");
            for (byte b : chunk) {
                if (b != '\n') {
                    buffer.write(b);
                    if (buffer.size() >= MAX_LINE_BYTES) {
                        addLine(stream, buffer.toString(StandardCharsets.UTF_8));
                        buffer.reset();
                    }
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
            started = store.size();
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
        store.add(stream == Stream.STDERR, text);
        lock.notifyAll();
    }

    private static @Nullable Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
