package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reaper against a real engine, with a stand-in owner (a {@code sleep} this test starts and kills), so that
 * the owner's death can be staged without killing the test JVM.
 */
class ReaperIT {

    @TempDir
    Path dir;

    @Test
    void removesTheRunOnlyOnceItsOwnerIsGone() throws Exception {
        Process owner = new ProcessBuilder("sleep", "300").start();
        RunOwner standIn = new RunOwner(
                RunOwner.hostHere(),
                owner.pid(),
                owner.info().startInstant().map(Instant::toEpochMilli).orElse(0L));
        DockerSettings fromEnv = DockerSettings.fromEnvironment(Optional.empty());
        DockerSettings settings =
                new DockerSettings(Optional.empty(), fromEnv.env(), fromEnv.userHome(), "it-" + UUID.randomUUID());
        Path log = dir.resolve("reaper.log");
        Docker docker = Docker.connect(settings);
        try {
            String container = docker.create(ContainerSpec.builder("debian:bookworm-slim")
                    .cmd(List.of("sleep", "300"))
                    .build());
            docker.start(container);
            ReaperLink link = ReaperLink.start(settings, standIn, Optional.of(log));

            link.cut();
            Thread.sleep(3000);
            assertThat(docker.state(container).running())
                    .as("the pipe closed, but the owner lives: the run stays")
                    .isTrue();

            owner.destroyForcibly().waitFor();
            assertThat(eventually(() -> !containerExists(container)))
                    .as("removed within 15 s of the owner's end; the reaper said:\n" + read(log))
                    .isTrue();
            assertThat(read(log)).contains("is gone; removing run " + settings.runId());
        } finally {
            owner.destroyForcibly();
            TestDocker.cleanUp(docker);
        }
    }

    @Test
    void leavesTheRunAloneWhenTheOwnerSaysItEnded() throws Exception {
        DockerSettings fromEnv = DockerSettings.fromEnvironment(Optional.empty());
        DockerSettings settings =
                new DockerSettings(Optional.empty(), fromEnv.env(), fromEnv.userHome(), "it-" + UUID.randomUUID());
        Path log = dir.resolve("reaper.log");

        ReaperLink.start(settings, RunOwner.current(), Optional.of(log)).release();

        assertThat(eventually(() -> read(log).contains("watching run " + settings.runId())))
                .isTrue();
        Thread.sleep(1000);
        assertThat(read(log)).doesNotContain("removing");
    }

    private static boolean containerExists(String id) throws IOException, InterruptedException {
        Process inspect = new ProcessBuilder("docker", "inspect", id)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        return inspect.waitFor() == 0;
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static boolean eventually(Condition condition) throws Exception {
        long end = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < end) {
            if (condition.holds()) return true;
            Thread.sleep(250);
        }
        return condition.holds();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
