package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.docker.ContainerLog.Stream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ContainerLogTest {

    private final ContainerLog log = new ContainerLog("c1");

    private void feed(Stream stream, String text) {
        log.accept(stream, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepsStreamsApartAndTogetherWithoutTimestamps() {
        feed(Stream.STDOUT, "2024-05-01T10:00:00.000000001Z one\n");
        feed(Stream.STDERR, "2024-05-01T10:00:00.000000002Z two\n");
        feed(Stream.STDOUT, "2024-05-01T10:00:00.000000003Z thr");
        feed(Stream.STDOUT, "ee\n");

        assertThat(log.snapshot(Stream.STDOUT)).containsExactly("one", "three");
        assertThat(log.snapshot(Stream.STDERR)).containsExactly("two");
        assertThat(log.snapshot(Stream.LOG)).containsExactly("one", "two", "three");
        assertThat(log.tail(2)).containsExactly("two", "three");
        assertThat(log.text(Stream.STDOUT)).isEqualTo("one\nthree");
    }

    @Test
    void aLastLineWithoutNewlineCountsWhenTheStreamEnds() {
        feed(Stream.STDOUT, "2024-05-01T10:00:00Z bye");
        assertThat(log.snapshot(Stream.STDOUT)).isEmpty();

        log.end(0);

        assertThat(log.snapshot(Stream.STDOUT)).containsExactly("bye");
        assertThat(log.exitCode()).hasValue(0);
    }

    @Test
    void findsALineThatIsAlreadyThere() {
        feed(Stream.STDOUT, "2024-05-01T10:00:00Z ready\n");

        assertThat(log.awaitLine(Stream.STDOUT, "ready"::equals, Duration.ZERO))
                .isEqualTo(new LineAwait.Matched("ready"));
    }

    @Test
    void isWokenByANewLine() throws Exception {
        CompletableFuture<LineAwait> waiting = CompletableFuture.supplyAsync(
                () -> log.awaitLine(Stream.STDERR, line -> line.contains("up"), Duration.ofSeconds(10)));
        feed(Stream.STDOUT, "2024-05-01T10:00:00Z up on stdout\n");
        feed(Stream.STDERR, "2024-05-01T10:00:01Z up on stderr\n");

        assertThat(waiting.get()).isEqualTo(new LineAwait.Matched("up on stderr"));
    }

    @Test
    void reportsAnExitDistinctlyFromATimeout() throws Exception {
        assertThat(log.awaitLine(Stream.LOG, line -> true, Duration.ofMillis(50)))
                .isEqualTo(new LineAwait.TimedOut(Duration.ofMillis(50)));

        CompletableFuture<LineAwait> waiting =
                CompletableFuture.supplyAsync(() -> log.awaitLine(Stream.LOG, line -> false, Duration.ofSeconds(10)));
        log.end(3);

        assertThat(waiting.get()).isEqualTo(new LineAwait.Exited(3));
        assertThat(log.ended()).isTrue();
    }

    @Test
    void afterARestartOnlyItsOwnLinesAreAwaited() {
        feed(Stream.STDOUT, "2024-05-01T10:00:00Z listening\n");
        log.end(0);
        log.resume();

        assertThat(log.awaitLine(Stream.STDOUT, line -> line.contains("listening"), Duration.ofMillis(50)))
                .isEqualTo(new LineAwait.TimedOut(Duration.ofMillis(50)));
        feed(Stream.STDOUT, "2024-05-01T10:00:09Z listening again\n");
        assertThat(log.awaitLine(Stream.STDOUT, line -> line.contains("listening"), Duration.ofMillis(50)))
                .isEqualTo(new LineAwait.Matched("listening again"));
        assertThat(log.snapshot(Stream.STDOUT)).containsExactly("listening", "listening again");
    }

    @Test
    void aResumedStreamDropsTheLinesAlreadySeen() {
        feed(Stream.STDOUT, "2024-05-01T10:00:05.5Z first\n");
        feed(Stream.STDOUT, "2024-05-01T10:00:06.25Z second\n");
        assertThat(log.resumeSinceEpochSecond()).isEqualTo(1714557606L);

        log.resume();
        feed(Stream.STDOUT, "2024-05-01T10:00:06.25Z second\n");
        feed(Stream.STDOUT, "2024-05-01T10:00:07Z third\n");

        assertThat(log.snapshot(Stream.STDOUT)).containsExactly("first", "second", "third");
        assertThat(log.ended()).isFalse();
    }

    @Test
    void aLargeLogKeepsBoundedMemoryAndMovesToATemporaryFile() throws Exception {
        String padding = "x".repeat(100);
        for (int i = 0; i < 100_000; i++) {
            feed(i % 10 == 0 ? Stream.STDERR : Stream.STDOUT, "2024-05-01T10:00:00Z line " + i + " " + padding + "\n");
        }

        assertThat(log.memoryChars())
                .as("10 MB written, memory held")
                .isLessThanOrEqualTo(LogStore.MEMORY_CHARS + LogStore.TAIL_CHARS);
        java.nio.file.Path file = log.spillFile();
        assertThat(file).isNotNull().isRegularFile();
        assertThat(log.awaitLine(Stream.STDERR, line -> line.startsWith("line 0 "), Duration.ZERO))
                .as("a wait still sees the first line, read back from the file")
                .isEqualTo(new LineAwait.Matched("line 0 " + padding));
        assertThat(log.awaitLine(Stream.STDOUT, line -> line.startsWith("line 99999 "), Duration.ZERO))
                .isInstanceOf(LineAwait.Matched.class);
        assertThat(log.tail(2)).containsExactly("line 99998 " + padding, "line 99999 " + padding);
        java.util.concurrent.atomic.AtomicInteger stderr = new java.util.concurrent.atomic.AtomicInteger();
        log.forEachLine(Stream.STDERR, line -> stderr.incrementAndGet());
        assertThat(stderr).hasValue(10_000);

        log.discard();

        assertThat(file).doesNotExist();
        assertThat(log.tail(1)).as("the tail outlives the file").containsExactly("line 99999 " + padding);
    }

    @Test
    void aWaitAfterARestartLooksOnlyAtNewLinesEvenOnceTheLogIsInAFile() {
        for (int i = 0; i < 5_000; i++) {
            feed(Stream.STDOUT, "2024-05-01T10:00:00Z ready " + "y".repeat(100) + "\n");
        }
        log.end(0);
        log.resume();

        assertThat(log.awaitLine(Stream.STDOUT, line -> line.startsWith("ready"), Duration.ZERO))
                .isInstanceOf(LineAwait.TimedOut.class);
        feed(Stream.STDOUT, "2024-05-01T10:00:05Z ready again\n");
        assertThat(log.awaitLine(Stream.STDOUT, line -> line.startsWith("ready"), Duration.ZERO))
                .isEqualTo(new LineAwait.Matched("ready again"));
    }

    @Test
    void anEndlessLineIsCutSoItCannotGrowWithoutBound() {
        byte[] chunk = "z".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 48; i++) {
            log.accept(Stream.STDOUT, chunk); // 3 MiB, no newline
        }

        assertThat(log.snapshot(Stream.STDOUT))
                .hasSize(3)
                .allMatch(line -> line.length() == ContainerLog.MAX_LINE_BYTES);
    }

    @Test
    void aLostEngineEndsAWaitWithItsSentenceNotAnExit() throws Exception {
        CompletableFuture<LineAwait> waiting =
                CompletableFuture.supplyAsync(() -> log.awaitLine(Stream.LOG, line -> false, Duration.ofMinutes(5)));

        log.lose("the Docker engine at unix:///x.sock stopped answering");

        assertThat(waiting)
                .failsWithin(Duration.ofSeconds(30))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause()
                .isInstanceOf(DockerUnavailableException.class)
                .withMessage("the Docker engine at unix:///x.sock stopped answering");
    }
}
