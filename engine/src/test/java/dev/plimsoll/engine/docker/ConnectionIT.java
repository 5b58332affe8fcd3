package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionIT {

    @Test
    void negotiatesTheServersApiVersion() throws Exception {
        try (Docker docker = TestDocker.connect()) {
            Process cli = new ProcessBuilder("docker", "version", "--format", "{{.Server.APIVersion}}")
                    .redirectErrorStream(true)
                    .start();
            String serverVersion = new String(cli.getInputStream().readAllBytes()).strip();
            assertThat(cli.waitFor()).isZero();

            assertThat(docker.apiVersion())
                    .isEqualTo(Connector.cap(serverVersion).getVersion());
            assertThat(docker.inspectImage("debian:bookworm-slim")).isPresent();
        }
    }

    @Test
    void failsFastNamingAMissingSocket(@TempDir Path home) {
        DockerSettings settings =
                new DockerSettings(Optional.empty(), Map.of("DOCKER_HOST", "unix:///nonexistent.sock"), home, "x");

        long start = System.nanoTime();
        assertThatThrownBy(() -> Docker.connect(settings))
                .isInstanceOf(DockerUnavailableException.class)
                .hasMessage("cannot reach a Docker engine at unix:///nonexistent.sock (from DOCKER_HOST): "
                        + "no such file or directory");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void failsFastNamingAClosedTcpPort(@TempDir Path home) {
        DockerSettings settings = new DockerSettings(Optional.of("tcp://127.0.0.1:1"), Map.of(), home, "x");

        long start = System.nanoTime();
        assertThatThrownBy(() -> Docker.connect(settings))
                .isInstanceOf(DockerUnavailableException.class)
                .hasMessage(
                        "cannot reach a Docker engine at tcp://127.0.0.1:1 (from --docker-host): connection refused");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
