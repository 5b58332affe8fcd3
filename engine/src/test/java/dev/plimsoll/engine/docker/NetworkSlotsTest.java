package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class NetworkSlotsTest {

    private static final String EXHAUSTED = "docker could not create network n: could not find an available,"
            + " non-overlapping IPv4 address pool among the defaults to assign to the network";

    private final EngineWatch watch = new EngineWatch("unix:///test.sock", () -> {});
    private final AtomicLong now = new AtomicLong();
    private final List<Long> pauses = new ArrayList<>();
    private final NetworkSlots slots = new NetworkSlots(
            watch,
            2,
            millis -> {
                pauses.add(millis);
                now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
            },
            now::get);

    @Test
    void anExhaustedPoolIsAskedAgainWithGrowingPausesUntilItHasRoom() {
        AtomicInteger attempts = new AtomicInteger();

        slots.retryWhileExhausted("n", () -> {
            if (attempts.incrementAndGet() < 4) {
                throw new DockerOperationException(EXHAUSTED);
            }
        });

        assertThat(attempts).hasValue(4);
        assertThat(pauses).containsExactly(250L, 500L, 1000L);
    }

    @Test
    void aPoolThatStaysExhaustedFailsWithOneClearSentence() {
        assertThatThrownBy(() -> slots.retryWhileExhausted("plimsoll-1", () -> {
                    throw new DockerOperationException(EXHAUSTED);
                }))
                .isInstanceOf(DockerOperationException.class)
                .hasMessage("docker could not create network plimsoll-1: the engine had no free address pool for 2m"
                        + " (too many networks on it; 'docker network prune' removes unused ones)");
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> slots.retryWhileExhausted("n", () -> {
                    attempts.incrementAndGet();
                    throw new DockerOperationException("docker could not create network n: name is taken");
                }))
                .hasMessageEndingWith("name is taken");
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aRunHoldsNoMoreNetworksThanItsSlotsAndTheNextWaitsForARemoval() throws Exception {
        slots.acquire("a");
        slots.acquire("b");
        CompletableFuture<Void> third = CompletableFuture.runAsync(() -> slots.acquire("c"));

        assertThat(third).isNotDone();
        slots.release("never-held");
        assertThat(third).isNotDone();
        slots.release("a");
        third.get(30, TimeUnit.SECONDS);
        assertThat(third).isDone();
    }

    @Test
    void aLostEngineEndsTheWaitForASlot() {
        slots.acquire("a");
        slots.acquire("b");
        watch.markLost();

        assertThatThrownBy(() -> slots.acquire("c"))
                .isInstanceOf(DockerUnavailableException.class)
                .hasMessage("the Docker engine at unix:///test.sock stopped answering");
    }
}
