package dev.plimsoll.specs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The docker-driver starts a worker through the socket the contract asked for; once the run is over, no container
 * of that worker's tag is left, though the engine never made it itself.
 */
class DockerDriverIT {

    @Test
    void theWorkerTheDriverStartedIsGoneAfterTheRun() throws Exception {
        String tag = "driver-it-" + UUID.randomUUID();

        RunnerProcess.Result result = RunnerProcess.run("run", "docker-driver", "--set", "WORKER_TAG=" + tag);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains("✓ docker-driver/docker-driver.contract › starts a worker through the Docker socket ›"
                        + " expect http GET \"/workers/${ID}\" port 8080 within 10s");
        assertThat(containersTagged(tag)).as("workers left by the run").isEmpty();
    }

    private static String containersTagged(String tag) throws Exception {
        Process docker = new ProcessBuilder(
                        "docker", "ps", "-a", "-q", "--filter", "label=dev.plimsoll.example.worker=" + tag)
                .redirectErrorStream(true)
                .start();
        String output = new String(docker.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(docker.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(docker.exitValue()).as(output).isZero();
        return output;
    }
}
