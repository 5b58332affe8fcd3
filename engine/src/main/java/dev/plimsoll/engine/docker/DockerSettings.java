package dev.plimsoll.engine.docker;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * How to find the engine and how to label what we create.
 *
 * @param dockerHost the runner's {@code --docker-host}; wins over everything else
 * @param env the environment to read {@code DOCKER_HOST}, {@code DOCKER_TLS_VERIFY}, {@code DOCKER_CERT_PATH},
 *     {@code DOCKER_CONTEXT} and {@code DOCKER_CONFIG} from
 * @param userHome where {@code .docker/} lives unless {@code DOCKER_CONFIG} says otherwise
 * @param runId the value of the {@code dev.plimsoll.run} label on every created object
 */
public record DockerSettings(Optional<String> dockerHost, Map<String, String> env, Path userHome, String runId) {

    public DockerSettings {
        env = Map.copyOf(env);
    }

    /** The process environment and home directory, a fresh run id, and an optional host override. */
    public static DockerSettings fromEnvironment(Optional<String> dockerHost) {
        return new DockerSettings(
                dockerHost,
                System.getenv(),
                Path.of(System.getProperty("user.home")),
                UUID.randomUUID().toString());
    }
}
