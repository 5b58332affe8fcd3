package dev.plimsoll.runner.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.docker.LeftRun;
import dev.plimsoll.engine.docker.RunOwner;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which runs {@code clean} removes, judged from their owner: only those known to be gone, unless told. */
class RunSweepTest {

    private static final CleanRequest PLAIN = new CleanRequest(Optional.empty(), false, false, false);

    @Test
    void aRunOfThisLiveProcessIsLeftAlone() {
        assertThat(RunSweep.reason(run(Optional.of(RunOwner.current())), PLAIN))
                .isEqualTo(CleanReport.Reason.OWNER_ALIVE);
        assertThat(RunSweep.reason(run(Optional.of(RunOwner.current())), named("r")))
                .as("even when named")
                .isEqualTo(CleanReport.Reason.OWNER_ALIVE);
    }

    @Test
    void aRunWhoseOwnerEndedIsRemoved() throws Exception {
        Process ended = new ProcessBuilder("sleep", "0.2").start();
        long started = ended.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        ended.waitFor();
        RunOwner gone = new RunOwner(RunOwner.current().host(), ended.pid(), started);

        assertThat(RunSweep.reason(run(Optional.of(gone)), PLAIN)).isEqualTo(CleanReport.Reason.OWNER_GONE);
    }

    @Test
    void aPidNowHeldByAnotherProcessDoesNotKeepARunAlive() {
        RunOwner current = RunOwner.current();
        RunOwner earlier = new RunOwner(current.host(), current.pid(), current.started() - 3_600_000);

        assertThat(RunSweep.reason(run(Optional.of(earlier)), PLAIN)).isEqualTo(CleanReport.Reason.OWNER_GONE);
    }

    @Test
    void runsOfAnotherHostOrWithoutOwnerAreLeftUnlessNamedOrForced() {
        LeftRun elsewhere = run(Optional.of(new RunOwner("elsewhere/pid:[1]", 1, 1)));
        LeftRun unrecorded = run(Optional.empty());

        assertThat(RunSweep.reason(elsewhere, PLAIN)).isEqualTo(CleanReport.Reason.ELSEWHERE);
        assertThat(RunSweep.reason(unrecorded, PLAIN)).isEqualTo(CleanReport.Reason.NO_OWNER);
        assertThat(RunSweep.reason(elsewhere, named("r"))).isEqualTo(CleanReport.Reason.NAMED);
        assertThat(RunSweep.reason(unrecorded, named("r"))).isEqualTo(CleanReport.Reason.NAMED);
        assertThat(RunSweep.reason(run(Optional.of(RunOwner.current())), forced()))
                .isEqualTo(CleanReport.Reason.FORCED);
    }

    private static LeftRun run(Optional<RunOwner> owner) {
        return new LeftRun("r", owner, 1, 1, 1);
    }

    private static CleanRequest named(String run) {
        return new CleanRequest(Optional.of(run), false, false, false);
    }

    private static CleanRequest forced() {
        return new CleanRequest(Optional.empty(), true, false, false);
    }
}
