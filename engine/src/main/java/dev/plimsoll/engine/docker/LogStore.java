package dev.plimsoll.engine.docker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The lines of one container's log in arrival order, each with its stream, in bounded memory: kept in memory up to
 * {@link #MEMORY_CHARS}, then all moved to a temporary file that later lines are appended to. A bounded tail stays
 * in memory for messages. Not thread-safe: {@link ContainerLog} guards it with its lock.
 */
final class LogStore {

    /** Lines kept in memory before the log moves to a file; most logs never get there. */
    static final int MEMORY_CHARS = 256 * 1024;

    /** The tail kept for messages: at most this many lines ... */
    static final int TAIL_LINES = 1000;

    /** ... and at most this many characters. */
    static final int TAIL_CHARS = 256 * 1024;

    private static final byte STDOUT = 'O';
    private static final byte STDERR = 'E';

    /** One line and whether it came on stderr. */
    record Line(boolean stderr, String text) {}

    private final List<Line> memory = new ArrayList<>();
    private final Deque<String> tail = new ArrayDeque<>();
    private long memoryChars;
    private long tailChars;
    private long size;
    private @Nullable Path file;
    private @Nullable OutputStream out;
    private boolean discarded;

    void add(boolean stderr, String text) {
        size++;
        tail.addLast(text);
        tailChars += text.length();
        while (tail.size() > TAIL_LINES || (tailChars > TAIL_CHARS && tail.size() > 1)) {
            tailChars -= tail.removeFirst().length();
        }
        if (out != null) {
            write(new Line(stderr, text));
            return;
        }
        memory.add(new Line(stderr, text));
        memoryChars += text.length();
        if (memoryChars > MEMORY_CHARS) {
            spill();
        }
    }

    /** How many lines there are. */
    long size() {
        return size;
    }

    /** The last {@code n} lines (at most what the tail keeps). */
    List<String> tail(int n) {
        List<String> all = new ArrayList<>(tail);
        return List.copyOf(all.subList(Math.max(0, all.size() - n), all.size()));
    }

    /** Characters held in memory now, tail included: bounded, whatever the log's size. */
    long memoryChars() {
        return memoryChars + tailChars;
    }

    /** The file the log moved to, if it did. */
    @Nullable
    Path file() {
        return file;
    }

    /** Reads lines from {@code from} on; sees lines added later too. Close it. */
    Cursor cursor(long from) {
        return new Cursor(from);
    }

    /** Deletes the file; the store keeps only its tail afterwards. */
    void discard() {
        discarded = true;
        memory.clear();
        memoryChars = 0;
        try {
            if (out != null) {
                out.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Best effort: the file is in the temporary directory and marked for deletion at exit.
        }
        out = null;
    }

    private void spill() {
        try {
            Path path = Files.createTempFile("plimsoll-log-", ".txt");
            path.toFile().deleteOnExit();
            file = path;
            out = new BufferedOutputStream(Files.newOutputStream(path), 64 * 1024);
            memory.forEach(this::write);
            memory.clear();
            memoryChars = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a container's log to a temporary file", e);
        }
    }

    private void write(Line line) {
        try {
            OutputStream target = Objects.requireNonNull(out);
            target.write(line.stderr() ? STDERR : STDOUT);
            target.write(line.text().getBytes(StandardCharsets.UTF_8));
            target.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a container's log to a temporary file", e);
        }
    }

    /** Walks the lines in order, from memory or from the file, whichever holds them now. */
    final class Cursor implements Closeable {
        private long next;
        private @Nullable InputStream in;
        private long inNext;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        private Cursor(long from) {
            this.next = from;
        }

        /** The next line, or null when there is none yet. */
        @Nullable
        Line next() {
            if (next >= size || discarded) {
                return null;
            }
            Line line = out == null ? memory.get((int) next) : fromFile();
            next++;
            return line;
        }

        private Line fromFile() {
            try {
                if (in == null) {
                    in = new BufferedInputStream(Files.newInputStream(Objects.requireNonNull(file)), 64 * 1024);
                    inNext = 0;
                }
                Objects.requireNonNull(out).flush();
                while (inNext < next) {
                    readLine();
                }
                return readLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a container's log from its temporary file", e);
            }
        }

        private Line readLine() throws IOException {
            InputStream source = Objects.requireNonNull(in);
            buffer.reset();
            int tag = source.read();
            int b;
            while ((b = source.read()) != '\n') {
                if (b < 0) {
                    throw new IOException("the log file ended early");
                }
                buffer.write(b);
            }
            inNext++;
            return new Line(tag == STDERR, buffer.toString(StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
            try {
                if (in != null) {
                    in.close();
                }
            } catch (IOException e) {
                // Only read from.
            }
        }
    }
}
