package dev.plimsoll.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.docker.FakeDocker;
import dev.plimsoll.engine.docker.FakeDocker.Script;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Targets, saved values, UNIQUE, one-shot services, client runs and scenario settings, against an in-memory Docker. */
class SystemStepsTest {
    @TempDir
    Path dir;

    private final FakeDocker docker =
            new FakeDocker().image("app", Script.logs("app ready")).image("db", Script.logs("db ready"));

    @Test
    void stepsActOnTheServiceTheyName() {
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                service db {
                  image "db"
                }
                scenario "db goes away" {
                  expect stdout contains "db ready" on service db
                  signal SIGTERM on service db
                  expect exit 0 on service db
                  expect running after 10ms
                }
                """);

        assertThat(run.outcomes())
                .allMatch(outcome -> outcome.startsWith("✓"), "all pass")
                .hasSize(4);
        assertThat(docker.calls()).contains("kill c1 SIGTERM").doesNotContain("kill c2 SIGTERM");
    }

    @Test
    void aCheckOnAServiceFailsWithThatServicesLog() {
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                service db {
                  image "db"
                }
                scenario "db logs" {
                  expect stdout contains "app ready" on service db
                }
                """);

        assertThat(run.outcomes().get(0)).startsWith("✗").contains("| db ready").doesNotContain("| app ready");
    }

    @Test
    void aSavedValueIsReadByTheStepsAfterIt() {
        docker.image("app", Script.logs("app ready").execAnswering(FakeDocker::echo));
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                scenario "carries a value" {
                  expect command ["echo", "note-17"] exits 0 { save stdout as NOTE }
                  expect command ["echo", "got ${NOTE}"] exits 0 { stdout = "got note-17" }
                }
                """);

        assertThat(run.outcomes())
                .allMatch(outcome -> outcome.startsWith("✓"), "all pass")
                .hasSize(2);
        assertThat(docker.calls()).contains("exec c1 echo got note-17");
    }

    @Test
    void uniqueIsFreshForEveryScenarioRun() {
        FakeRun.of(
                docker,
                dir,
                """
                image "app"
                scenario "one" {
                  env TOKEN = "${UNIQUE}"
                  wait for log "ready"
                }
                scenario "two" {
                  env TOKEN = "${UNIQUE}"
                  wait for log "ready"
                }
                """);

        List<String> tokens = docker.envOfCreated("app", "TOKEN");
        assertThat(tokens).hasSize(2).allMatch(token -> token.matches("[a-z][a-z0-9]{9}"));
        assertThat(tokens.get(0)).isNotEqualTo(tokens.get(1));
    }

    @Test
    void aOneShotServiceGatesTheServicesAfterIt() {
        docker.image("migrate", Script.logs("migrated").exitingAtStart(0));
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                service migrate {
                  image "migrate"
                  wait for exit 0
                }
                service db {
                  image "db"
                }
                scenario "after the migration" {
                  wait for log "ready"
                }
                """);

        assertThat(run.outcomes()).containsExactly("✓ wait for log \"ready\"");
        assertThat(docker.createdImages()).containsExactly("migrate", "db", "app");
    }

    @Test
    void aFailedOneShotServiceStopsTheScenarioAtItsWait() {
        docker.image("migrate", Script.logs("relation notes already exists").exitingAtStart(1));
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                service migrate {
                  image "migrate"
                  wait for exit 0 within 1s
                }
                scenario "after the migration" {
                  wait for log "ready"
                  expect exit 0
                }
                """);

        assertThat(run.outcomes().get(0))
                .contains("service migrate › wait for exit 0 within 1s")
                .contains("service migrate exited with code 1, expected 0")
                .contains("| relation notes already exists");
        assertThat(run.outcomes().get(1)).startsWith("↷ expect exit 0");
        assertThat(docker.createdImages()).doesNotContain("db");
    }

    @Test
    void aClientRunsOnTheScenarioNetworkIsJudgedByItsExitAndOutputAndIsRemoved() {
        docker.image("client", Script.logs("1").exitingAtStart(0));
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                scenario "a client reads a count" {
                  expect run image "client" command ["psql", "-h", "subject"] env PGPASSWORD = "pw" exits 0 {
                    stdout = "1"
                    save stdout as COUNT
                  }
                  expect run image "client" exits 0 { stdout = "${COUNT}" }
                  expect run image "client" exits 3
                }
                """);

        assertThat(run.outcomes().subList(0, 2)).allMatch(outcome -> outcome.startsWith("✓"));
        assertThat(run.outcomes().get(2)).startsWith("✗").contains("exit code: expected 3, got 0");
        assertThat(docker.calls()).anyMatch(call -> call.startsWith("createNetwork"));
        assertThat(docker.envOfCreated("client", "PGPASSWORD")).containsExactly("pw", null, null);
        assertThat(docker.leftovers()).isZero();
    }

    @Test
    void aScenarioChangesAServicesSettingsForItself() {
        FakeRun.of(
                docker,
                dir,
                """
                image "app"
                service db {
                  image "db"
                  env MODE = "fast"
                }
                scenario "safe" {
                  service db { env MODE = "safe" }
                  wait for log "ready"
                }
                scenario "default" {
                  wait for log "ready"
                }
                """);

        assertThat(docker.envOfCreated("db", "MODE"))
                .containsExactlyInAnyOrder("safe", "fast"); // prepared ahead: in any order
    }

    @Test
    void aHostPortWithNothingBehindItFails() {
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                scenario "a port on the host" {
                  expect port 1 open on host
                }
                """);

        assertThat(run.outcomes().get(0))
                .startsWith("✗ expect port 1 open on host")
                .contains("nothing listens on port 1 of the host (127.0.0.1)");
    }

    @Test
    void aPortSavedByAnEarlierStepIsCheckedWhenItsStepRuns() throws IOException {
        docker.image("app", Script.logs("app ready").execAnswering(FakeDocker::echo));
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            FakeRun run = FakeRun.of(
                    docker,
                    dir,
                    """
                    image "app"
                    scenario "a port from a step" {
                      expect command ["echo", "%d"] exits 0 { save stdout as PORT }
                      expect port "${PORT}" open on host
                      wait for port "${PORT}/tcp" on host
                    }
                    """
                            .formatted(listening.getLocalPort()));

            assertThat(run.outcomes()).hasSize(3).allMatch(outcome -> outcome.startsWith("✓"), "all pass");
        }
    }

    @Test
    void aPortValueThatIsNotAPortFailsItsStep() {
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                scenario "a port that is a name" {
                  expect port "${PORT:-http}" open on host
                }
                """);

        assertThat(run.outcomes().get(0))
                .startsWith("✗ expect port \"${PORT:-http}\" open on host")
                .contains(
                        "port \"${PORT:-http}\": 'http' is not a port number (1..65535, optionally with /tcp or /udp)");
    }

    @Test
    void aWaitForAPortValueThatIsNotAPortFailsTheScenario() {
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                scenario "a port out of range" {
                  wait for port "${PORT:-70000}" on host
                  expect running after 10ms
                }
                """);

        assertThat(run.outcomes().get(0))
                .startsWith("✗")
                .contains(
                        "port \"${PORT:-70000}\": '70000' is not a port number (1..65535, optionally with /tcp or /udp)");
    }

    @Test
    void pauseWaitsAndHolds() {
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                scenario "batches" {
                  pause 20ms
                }
                """);

        assertThat(run.outcomes()).containsExactly("✓ pause 20ms");
    }
}
