package dev.plimsoll.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.docker.ContainerInfo.Mount;
import dev.plimsoll.engine.docker.FakeDocker;
import dev.plimsoll.engine.docker.FakeDocker.Script;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose runner is inside a container of the engine it drives, against an in-memory Docker. */
class InContainerRunTest {
    private static final String RUNNER = "3f4e8a1b2c9d" + "0".repeat(52);

    @TempDir
    Path dir;

    private Path probe;
    private final FakeDocker docker = new FakeDocker().image("app", Script.logs("app ready"));

    @BeforeEach
    void runnerInAContainer() throws IOException {
        probe = dir.resolve("probe");
        Files.createDirectories(probe.resolve("proc/self"));
        Files.writeString(
                probe.resolve("proc/self/mountinfo"),
                "628 612 8:1 /var/lib/docker/containers/" + RUNNER
                        + "/hostname /etc/hostname rw,relatime - ext4 /dev/sda1 rw\n");
        // the job's folder is the Docker host's /home/ci/job
        docker.foreignContainer(RUNNER, "bridge", List.of(new Mount("/home/ci/job", dir.toString())));
    }

    @Test
    void theRunnersContainerJoinsEvenALoneSubjectsNetworkAndLeavesItBeforeItIsRemoved() {
        FakeRun run = FakeRun.inContainer(
                docker,
                dir,
                """
                image "app"
                scenario "alone" {
                  expect stdout contains "app ready"
                }
                """,
                probe);

        assertThat(run.outcomes()).singleElement().asString().startsWith("✓");
        List<String> calls = docker.calls();
        assertThat(calls)
                .containsSubsequence(
                        "createNetwork plimsoll-fake-run-1",
                        "connectNetwork plimsoll-fake-run-1 " + RUNNER,
                        "create app",
                        "disconnectNetwork plimsoll-fake-run-1 " + RUNNER,
                        "removeNetwork plimsoll-fake-run-1");
        assertThat(docker.leftovers()).isZero();
    }

    @Test
    void aStepOnAContainerThatStoppedSaysItHasNoAddress() {
        docker.image("app", Script.logs("app ready").exitingAtStart(0));
        FakeRun run = FakeRun.inContainer(
                docker,
                dir,
                """
                image "app"
                scenario "gone" {
                  publish 9000
                  expect port 9000 open
                }
                """,
                probe);

        assertThat(run.outcomes())
                .singleElement()
                .asString()
                .contains("the container has no address on the scenario's network to reach port 9000 at: it is not"
                        + " running");
    }

    @Test
    void aMountFromTheJobsFolderIsGivenTheDockerHostsPath() throws IOException {
        Files.createDirectories(dir.resolve("site"));
        FakeRun run = FakeRun.inContainer(
                docker,
                dir,
                """
                image "app"
                scenario "serves the site" {
                  mount "./site" at "/srv/site" read only
                  expect running after 10ms
                }
                """,
                probe);

        assertThat(run.outcomes()).allMatch(outcome -> outcome.startsWith("✓"));
        assertThat(docker.createdSpecs().get(0).volumes()).singleElement().satisfies(mount -> assertThat(mount.volume())
                .isEqualTo("/home/ci/job/site"));
    }

    @Test
    void aMountOutsideTheRunnersMountsFailsTheScenarioNamingThePath() {
        FakeRun run = FakeRun.inContainer(
                docker,
                dir,
                """
                image "app"
                scenario "elsewhere" {
                  mount "/opt/fixtures" at "/srv/site"
                  expect running after 10ms
                }
                """,
                probe);

        assertThat(String.join("\n", run.containerFailures()))
                .contains("/opt/fixtures is not on the Docker host: plimsoll runs in container 3f4e8a1b2c9d");
        assertThat(docker.createdImages()).isEmpty();
    }
}
