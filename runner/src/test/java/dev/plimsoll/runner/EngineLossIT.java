package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Docker engine goes away in the middle of a run: stopped (SIGTERM), killed (SIGKILL) or frozen (SIGSTOP). The
 * run must end within seconds with exit 3 and one sentence, never a stack trace and never a message that blames the
 * image. Each case runs against a dockerd of its own ({@link PrivateDockerd}), never the shared engine.
 */
@Tag("engine-loss")
class EngineLossIT {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String CONTRACT =
            """
            image "debian:bookworm-slim"

            scenario "stays up" {
              command ["sh", "-c", "trap 'exit 0' TERM; echo up; while true; do sleep 0.2; done"]
              wait for log "up"
              expect running after 60s
              expect log contains "up"
            }

            scenario "waits for a line" {
              command ["sh", "-c", "trap 'exit 0' TERM; echo up; while true; do sleep 0.2; done"]
              wait for log "never" within 2m
            }
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "dockerd gets SIG{0}")
    @ValueSource(strings = {"TERM", "KILL", "STOP"})
    void aLostEngineEndsTheRunWithExitThreeAndOneSentence(String signal) throws Exception {
        Path contracts = Files.createDirectories(dir.resolve("contracts"));
        Files.writeString(contracts.resolve("app.contract"), CONTRACT);
        try (PrivateDockerd dockerd =
                PrivateDockerd.start(Files.createDirectories(dir.resolve("engine")), "debian:bookworm-slim")) {
            Process run = plimsoll(contracts, "run", "--parallel", "2", "--docker-host", dockerd.host(), ".");
            awaitRunningContainers(dockerd, run, 2, contracts);

            dockerd.signal(signal);
            long signalled = System.nanoTime();
            boolean ended = run.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - signalled);
            if (!ended) {
                run.destroyForcibly().waitFor();
            }
            String out = Files.readString(contracts.resolve("stdout.txt"), StandardCharsets.UTF_8);
            String err = Files.readString(contracts.resolve("stderr.txt"), StandardCharsets.UTF_8);

            assertThat(ended)
                    .as("plimsoll ended within %s of SIG%s\n%s%s", BOUND, signal, out, err)
                    .isTrue();
            assertThat(run.exitValue()).as(out + err).isEqualTo(3);
            assertThat(err)
                    .as("took %s", took)
                    .isEqualTo("plimsoll: the Docker engine at " + dockerd.host() + " stopped answering\n");
            assertThat(out + err)
                    .doesNotContain("\tat ", "Exception", "exited with code", "publishes", "ERROR", "WARN");
        }
    }

    private static void awaitRunningContainers(PrivateDockerd dockerd, Process run, int count, Path outputs)
            throws IOException, InterruptedException {
        for (int i = 0; i < 240; i++) {
            if (dockerd.running() >= count) {
                Thread.sleep(1500); // into the checks: the log waits and the exit wait are under way
                return;
            }
            if (!run.isAlive()) {
                throw new AssertionError("plimsoll ended before its containers ran:\n"
                        + Files.readString(outputs.resolve("stdout.txt"))
                        + Files.readString(outputs.resolve("stderr.txt"))
                        + dockerd.docker("ps", "-a").out());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the run's containers did not start within 60s");
    }

    private static Process plimsoll(Path workingDir, String... args) throws IOException {
        Path jar = Path.of(System.getProperty("plimsoll.jar", "target/plimsoll.jar"));
        List<String> command = new java.util.ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectOutput(workingDir.resolve("stdout.txt").toFile())
                .redirectError(workingDir.resolve("stderr.txt").toFile())
                .start();
    }
}
