package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LateExitTest {

    private static final Instant DEADLINE = Instant.parse("2026-11-30T04:30:18.699Z");

    @Test
    void anExitRecordedBeforeTheDeadlineCountsThoughDockerReportedItLate() {
        assertThat(LateExit.inTime(exited(0, "2026-11-30T04:30:10.060Z"), DEADLINE))
                .isEqualTo(OptionalInt.of(0));
    }

    @Test
    void anExitAtTheDeadlineCounts() {
        assertThat(LateExit.inTime(exited(3, "2026-11-30T04:30:18.699Z"), DEADLINE))
                .isEqualTo(OptionalInt.of(3));
    }

    @Test
    void anExitAfterTheDeadlineIsLate() {
        assertThat(LateExit.inTime(exited(0, "2026-11-30T04:30:18.700Z"), DEADLINE))
                .isEmpty();
    }

    @Test
    void aRunningContainerHasNotExited() {
        ContainerState running = new ContainerState(
                "running",
                true,
                OptionalInt.empty(),
                ContainerState.Health.NONE,
                Optional.of(Instant.parse("2026-11-30T04:30:07.988Z")),
                Optional.empty());

        assertThat(LateExit.inTime(running, DEADLINE)).isEmpty();
    }

    @Test
    void anExitWithoutARecordedTimeIsNotTakenOnTrust() {
        ContainerState noTime = new ContainerState(
                "exited",
                false,
                OptionalInt.of(0),
                ContainerState.Health.NONE,
                Optional.of(Instant.parse("2026-11-30T04:30:07.988Z")),
                Optional.empty());

        assertThat(LateExit.inTime(noTime, DEADLINE)).isEmpty();
    }

    private static ContainerState exited(int code, String finishedAt) {
        return new ContainerState(
                "exited",
                false,
                OptionalInt.of(code),
                ContainerState.Health.NONE,
                Optional.of(Instant.parse("2026-11-30T04:30:07.988Z")),
                Optional.of(Instant.parse(finishedAt)));
    }
}
