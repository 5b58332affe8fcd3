package dev.plimsoll.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.docker.FakeDocker;
import dev.plimsoll.engine.docker.FakeDocker.Script;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Order, skipping and the scenario's containers, against an in-memory Docker. */
class ScenarioSequencingTest {
    @TempDir
    Path dir;

    private final FakeDocker docker = new FakeDocker().image("app", Script.logs("app ready"));

    @Test
    void runsStepsInOrderAgainstTheSubjectAndLeavesNothing() {
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                scenario "stops" {
                  wait for log "ready"
                  signal SIGTERM
                  expect exit 0
                }
                """);

        assertThat(run.outcomes()).containsExactly("✓ wait for log \"ready\"", "✓ signal SIGTERM", "✓ expect exit 0");
        assertThat(docker.calls()).containsSubsequence("create app", "start c1", "kill c1 SIGTERM", "remove c1");
        assertThat(docker.leftovers()).isZero();
    }

    @Test
    void aScenarioWithoutServicesCreatesNoNetwork() {
        FakeRun.of(
                docker,
                dir,
                """
                image "app"
                scenario "alone" {
                  wait for log "ready"
                }
                """);

        assertThat(docker.calls()).noneMatch(call -> call.startsWith("createNetwork"));
    }

    @Test
    void aFailedActionSkipsTheStepsAfterItWithItsReason() {
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                scenario "never ready" {
                  wait for log "listening" within 100ms
                  expect exit 0
                }
                """);

        assertThat(run.outcomes()).hasSize(2);
        assertThat(run.outcomes().get(0))
                .startsWith("✗ wait for log \"listening\" within 100ms")
                .contains("no line of log containing 'listening' within 100ms");
        assertThat(run.outcomes().get(1))
                .isEqualTo("↷ expect exit 0: not run: 'wait for log \"listening\" within 100ms' at line 3 failed");
    }

    @Test
    void aFailedCheckDoesNotStopTheScenario() {
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                scenario "checks" {
                  expect stdout contains "nope"
                  expect stdout contains "ready"
                }
                """);

        assertThat(run.outcomes().get(0)).startsWith("✗ expect stdout contains \"nope\"");
        assertThat(run.outcomes().get(1)).isEqualTo("✓ expect stdout contains \"ready\"");
    }

    @Test
    void aServiceThatNeverGetsReadyIsReportedOnceAndTheRestIsSkipped() {
        docker.image("db", Script.logs("db starting"));
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                service db {
                  image "db"
                  wait for log "db ready" within 100ms
                }
                scenario "uses db" {
                  wait for log "ready"
                  expect stdout contains "ready"
                  expect exit 0 within 1s
                }
                """);

        assertThat(run.outcomes()).hasSize(3);
        assertThat(run.outcomes().get(0))
                .startsWith("✗ wait for log \"ready\": service db › wait for log \"db ready\" within 100ms")
                .contains(":4)")
                .contains("no line of log containing 'db ready' within 100ms")
                .contains("| db starting");
        assertThat(run.outcomes().subList(1, 3))
                .allMatch(outcome -> outcome.startsWith("↷ ")
                        && outcome.endsWith("service db did not get ready, so the scenario did not start"));
        assertThat(run.containerFailures()).isEmpty();
        assertThat(docker.leftovers()).isZero();
    }

    @Test
    void servicesAreStartedFirstOnTheScenariosNetworkAndTheSubjectIsReachableAsSubject() {
        docker.image("db", Script.logs("db ready"));
        FakeRun.of(
                docker,
                dir,
                """
                image "app"
                service db {
                  image "db"
                  wait for log "db ready"
                }
                scenario "uses db" {
                  wait for log "ready"
                }
                """);

        assertThat(docker.createdImages()).containsExactly("db", "app");
        assertThat(docker.calls()).anyMatch(call -> call.startsWith("createNetwork plimsoll-"));
        assertThat(docker.leftovers()).isZero();
    }

    @Test
    void matrixVariablesReachServices() {
        docker.image("db", Script.logs("db ready"));
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                service db {
                  image "db"
                  env MODE = "${MODE}"
                }
                scenario "modes" for MODE in "fast", "safe" {
                  wait for log "ready"
                }
                """);

        assertThat(run.containerFailures()).isEmpty();
        assertThat(run.outcomes()).hasSize(2).allMatch(outcome -> outcome.startsWith("✓"));
        assertThat(docker.envOfCreated("db", "MODE"))
                .containsExactlyInAnyOrder("fast", "safe"); // prepared ahead: in any order
    }

    @Test
    void aDockerErrorInAnActionFailsItAtItsLine() {
        docker.image("oneshot", Script.logs("done").exitingAtStart(0));
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "oneshot"
                scenario "signal after exit" {
                  expect exit 0
                  signal SIGHUP
                }
                """);

        assertThat(run.outcomes().get(0)).isEqualTo("✓ expect exit 0");
        assertThat(run.outcomes().get(1)).startsWith("✗ signal SIGHUP").contains("is not running");
    }
}
