package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineWatchTest {

    private static final String SENTENCE = "the Docker engine at unix:///test.sock stopped answering";

    private final AtomicBoolean answering = new AtomicBoolean(true);
    private final EngineWatch watch = new EngineWatch("unix:///test.sock", () -> {
        if (!answering.get()) {
            throw new IOException("connection refused");
        }
    });

    @AfterEach
    void close() {
        watch.close();
    }

    @Test
    void aCallThatWaitsIsReleasedWithOneSentenceWhenTheEngineIsLost() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> caller = CompletableFuture.supplyAsync(() -> watch.run("wait for c1", () -> {
            started.countDown();
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "never";
        }));
        started.await();
        answering.set(false);

        watch.markLost();

        assertThatThrownBy(() -> caller.get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(DockerUnavailableException.class)
                .hasMessage(SENTENCE)
                .hasNoCause();
    }

    @Test
    void aFailureIsBlamedOnTheEngineWhenItNoLongerAnswers() {
        answering.set(false);

        assertThatThrownBy(() -> watch.run("inspect container c1", () -> {
                    throw new IllegalStateException("Premature end of chunk coded message body");
                }))
                .isInstanceOf(DockerUnavailableException.class)
                .hasMessage(SENTENCE);
        assertThat(watch.lost()).isPresent();
    }

    @Test
    void aFailureOfAnAnsweringEngineKeepsItsOwnMessage() {
        assertThatThrownBy(() -> watch.run("inspect container c1", () -> {
                    throw new IllegalStateException("Status 409: {\"message\":\"conflict\"}");
                }))
                .isInstanceOf(DockerOperationException.class)
                .hasMessage("docker could not inspect container c1: conflict");
        assertThat(watch.lost()).isEmpty();
    }

    @Test
    void aCallWithoutAnAnswerEndsAtItsResponseTimeout() {
        assertThatThrownBy(() -> watch.run("create a container", Duration.ofMillis(50), () -> {
                    try {
                        Thread.sleep(TimeUnit.MINUTES.toMillis(10));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "never";
                }))
                .isInstanceOf(DockerOperationException.class)
                .hasMessage("docker could not create a container: the engine at unix:///test.sock gave no answer"
                        + " within 50ms");
    }

    @Test
    void afterTheEngineIsLostNoCallReachesIt() {
        watch.markLost();
        AtomicBoolean ran = new AtomicBoolean();

        assertThatThrownBy(() -> watch.run("start container c1", () -> ran.set(true)))
                .isInstanceOf(DockerUnavailableException.class)
                .hasMessage(SENTENCE);
        assertThat(ran).isFalse();
    }
}
