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
}
