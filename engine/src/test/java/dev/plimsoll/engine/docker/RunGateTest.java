package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How an interrupted run stops creating things, and how the reaper reads its owner's pipe. */
class RunGateTest {

    @Test
    void aClosedGateRefusesCreationsAndStartsWithWhatItDidNotDo() {
        RunGate gate = new RunGate();
        assertThat(gate.create("create network n", () -> "n")).isEqualTo("n");

        assertThat(gate.close(Duration.ZERO)).isTrue();

        assertThatThrownBy(() -> gate.create("create network m", () -> "m"))
                .isInstanceOf(DockerOperationException.class)
                .hasMessage("the run was interrupted: did not create network m");
        assertThatThrownBy(() -> gate.check("start container abc"))
                .hasMessage("the run was interrupted: did not start container abc");
    }

    @Test
    void theActionBeforeTheFirstCreationRunsOnceAndOnlyWhenSomethingIsCreated() {
        RunGate gate = new RunGate();
        java.util.List<String> said = new java.util.ArrayList<>();
        gate.beforeFirstCreation(() -> said.add("reaper started"));

        gate.check("start container abc");
        assertThat(said).as("a check creates nothing").isEmpty();

        gate.create("create network n", () -> said.add("network created"));
        gate.create("create volume v", () -> said.add("volume created"));
        assertThat(said).containsExactly("reaper started", "network created", "volume created");
    }

    @Test
    void closingWaitsForACreationInFlight() throws Exception {
        RunGate gate = new RunGate();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Thread creator = new Thread(() -> gate.create("create volume v", () -> {
            inside.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "v";
        }));
        creator.start();
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(gate.close(Duration.ofMillis(50))).as("still in flight").isFalse();
        finish.countDown();
        creator.join(10_000);
        assertThat(gate.close(Duration.ofSeconds(10))).as("done").isTrue();
    }

    @Test
    void theReaperStandsDownOnlyWhenTheOwnerSaidItWasDone() throws Exception {
        assertThat(Reaper.releasedByOwner(new ByteArrayInputStream("done\n".getBytes(StandardCharsets.US_ASCII))))
                .isTrue();
        assertThat(Reaper.releasedByOwner(new ByteArrayInputStream(new byte[0])))
                .as("the pipe closed by the owner's death")
                .isFalse();
    }
}
