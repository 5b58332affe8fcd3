package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.docker.ContainerLog.Stream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContainerIT {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private static DockerJavaBackend docker;
    private static String image;

    @BeforeAll
    static void buildApp() {
        docker = TestDocker.connect();
        image = docker.build(BuildRequest.of(TestDocker.RESOURCES.resolve("app")));
    }

    @AfterAll
    static void cleanUp() {
        TestDocker.cleanUp(docker);
    }

    private static ContainerLog startApp(ContainerSpec.Builder spec) {
        String id = docker.create(spec.build());
        ContainerLog log = docker.start(id);
        assertThat(log.awaitLine(Stream.STDOUT, line -> line.startsWith("listening on port"), DEADLINE))
                .isInstanceOf(LineAwait.Matched.class);
        return log;
    }

    @Test
    void followsStdoutAndStderrApartWithTheSpecsEnvironment() {
        ContainerLog log =
                startApp(ContainerSpec.builder(image).env("GREETING", "ahoy").unsetEnv("TO_UNSET"));

        assertThat(log.snapshot(Stream.STDOUT))
                .containsExactly("GREETING=ahoy TO_UNSET=unset", "listening on port 9000 as app");
        assertThat(log.snapshot(Stream.STDERR)).containsExactly("a line on stderr");
        assertThat(log.snapshot(Stream.LOG)).hasSize(3).contains("a line on stderr");
        assertThat(log.tail(1)).hasSize(1);
    }

    @Test
    void publishesPortsOnLoopbackAtAFreeHostPort() throws IOException {
        ContainerLog log = startApp(ContainerSpec.builder(image).publish("9000/tcp"));

        int port = docker.publishedPorts(log.containerId()).get("9000/tcp");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).isEqualTo("hello\n");
        }
    }

    @Test
    void seesTheSignalsExitCodeAndReportsTheExitToLogWaiters() {
        ContainerLog log = startApp(ContainerSpec.builder(image));

        docker.kill(log.containerId(), "SIGTERM");

        assertThat(docker.awaitExit(log.containerId(), DEADLINE)).hasValue(3);
        assertThat(log.awaitLine(Stream.LOG, line -> line.contains("never printed"), DEADLINE))
                .isEqualTo(new LineAwait.Exited(3));
        assertThat(log.snapshot(Stream.STDOUT)).contains("got SIGTERM");
        ContainerState state = docker.state(log.containerId());
        assertThat(state.running()).isFalse();
        assertThat(state.status()).isEqualTo("exited");
        assertThat(state.exitCode()).hasValue(3);
        assertThat(state.finishedAt()).isPresent();
    }

    @Test
    void awaitExitGivesUpAtItsDeadlineWhileTheContainerRuns() {
        ContainerLog log = startApp(ContainerSpec.builder(image));

        long start = System.nanoTime();
        assertThat(docker.awaitExit(log.containerId(), Duration.ofMillis(700))).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(log.awaitLine(Stream.STDOUT, line -> false, Duration.ofMillis(200)))
                .isInstanceOf(LineAwait.TimedOut.class);
        ContainerState state = docker.state(log.containerId());
        assertThat(state.running()).isTrue();
        assertThat(state.exitCode()).isEmpty();
        assertThat(state.health()).isNotEqualTo(ContainerState.Health.NONE);
    }

    @Test
    void restartKeepsTheSameLogWithoutRepeatingLines() {
        ContainerLog log = startApp(ContainerSpec.builder(image));

        docker.restart(log.containerId(), Duration.ofSeconds(5));

        // Only lines since the restart count: the first run's "listening" does not satisfy this wait.
        assertThat(log.awaitLine(Stream.STDOUT, line -> line.startsWith("listening"), DEADLINE))
                .isInstanceOf(LineAwait.Matched.class);
        assertThat(log.awaitLine(Stream.STDERR, line -> true, DEADLINE)).isInstanceOf(LineAwait.Matched.class);
        assertThat(docker.log(log.containerId())).containsSame(log);
        assertThat(log.snapshot(Stream.STDOUT))
                .containsExactly(
                        "GREETING=hello TO_UNSET=set",
                        "listening on port 9000 as app",
                        "got SIGTERM",
                        "GREETING=hello TO_UNSET=set",
                        "listening on port 9000 as app");
        assertThat(log.snapshot(Stream.STDERR)).containsExactly("a line on stderr", "a line on stderr");
        assertThat(log.ended()).isFalse();
    }

    @Test
    void stopThenStartEndsAndResumesTheSameLog() {
        ContainerLog log = startApp(ContainerSpec.builder(image));

        docker.stop(log.containerId(), Duration.ofSeconds(5));
        assertThat(log.awaitLine(Stream.STDOUT, "never"::equals, DEADLINE)).isEqualTo(new LineAwait.Exited(3));
        ContainerLog again = docker.start(log.containerId());

        assertThat(again).isSameAs(log);
        assertThat(log.awaitLine(Stream.STDOUT, line -> line.startsWith("listening"), DEADLINE))
                .isInstanceOf(LineAwait.Matched.class);
        assertThat(log.ended()).isFalse();
        assertThat(log.snapshot(Stream.STDOUT))
                .filteredOn(line -> line.startsWith("listening"))
                .hasSize(2);
    }

    @Test
    void listsProcessesWithTheContainersUserNames() {
        ContainerLog log = startApp(ContainerSpec.builder(image));

        List<ProcessInfo> processes = docker.top(log.containerId());

        assertThat(processes).anySatisfy(process -> {
            assertThat(process.user()).isEqualTo("app");
            assertThat(process.uid()).isEqualTo(1234);
            assertThat(process.group()).isEqualTo("app");
            assertThat(process.gid()).isEqualTo(1234);
            assertThat(process.command()).contains("/usr/local/bin/serve 9000");
            assertThat(process.pid()).isPositive();
        });
    }

    @Test
    void listsTheRealGroupOfEachProcessWithTheContainersGroupNames() {
        ContainerLog log = startApp(ContainerSpec.builder(image).user("app:root"));

        List<ProcessInfo> processes = docker.top(log.containerId());

        assertThat(processes).isNotEmpty().allSatisfy(process -> {
            assertThat(process.user()).isEqualTo("app");
            assertThat(process.group()).isEqualTo("root");
            assertThat(process.gid()).isZero();
        });
    }

    @Test
    void execKeepsStdoutStderrAndTheExitCodeApart() {
        ContainerLog log = startApp(ContainerSpec.builder(image));

        ExecResult result =
                docker.exec(log.containerId(), List.of("sh", "-c", "echo out; echo err >&2; exit 4"), DEADLINE);

        assertThat(result.exitCode()).hasValue(4);
        assertThat(result.stdout()).isEqualTo("out\n");
        assertThat(result.stderr()).isEqualTo("err\n");
        assertThat(docker.exec(log.containerId(), List.of("sleep", "5"), Duration.ofMillis(300))
                        .timedOut())
                .isTrue();
    }

    @Test
    void joinsANetworkUnderItsAliases() {
        String network = docker.createNetwork("plimsoll-it-" + System.nanoTime(), java.util.Map.of());
        ContainerLog log = startApp(ContainerSpec.builder(image).network(network, "backend"));

        ExecResult lookup = docker.exec(log.containerId(), List.of("getent", "hosts", "backend"), DEADLINE);

        assertThat(lookup.exitCode()).hasValue(0);
        assertThat(lookup.stdout()).contains("backend");
        docker.remove(log.containerId());
        docker.removeNetwork(network);
    }

    @Test
    void aNamedVolumeOutlivesItsContainer() {
        String volume = docker.createVolume("plimsoll-it-" + System.nanoTime(), java.util.Map.of());
        ContainerLog first = startApp(ContainerSpec.builder(image).volume(volume, "/data"));
        ExecResult write =
                docker.exec(first.containerId(), List.of("sh", "-c", "echo visits=1 > /data/visits"), DEADLINE);
        assertThat(write.exitCode()).hasValue(0);
        docker.remove(first.containerId());
        assertThat(first.ended()).isTrue();

        String second = docker.create(
                ContainerSpec.builder(image).volume(volume, "/data").build());

        assertThat(docker.readPath(second, "/data/visits")).singleElement().satisfies(file -> assertThat(file.content())
                .hasValueSatisfying(bytes ->
                        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("visits=1\n")));
    }
}
