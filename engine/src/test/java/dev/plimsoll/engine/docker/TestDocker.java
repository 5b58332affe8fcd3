package dev.plimsoll.engine.docker;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/** Connects the *IT tests to the engine that scripts/docker-env provides, each class under its own run id. */
final class TestDocker {

    static final Path RESOURCES = Path.of("src/test/resources/docker");

    private TestDocker() {}

    static DockerJavaBackend connect() {
        DockerSettings fromEnv = DockerSettings.fromEnvironment(Optional.empty());
        DockerSettings settings =
                new DockerSettings(Optional.empty(), fromEnv.env(), fromEnv.userHome(), "it-" + UUID.randomUUID());
        return (DockerJavaBackend) Docker.connect(settings);
    }

    /** Removes everything the run created; called from @AfterAll so it runs even when tests fail. */
    static void cleanUp(Docker docker) {
        if (docker == null) {
            return;
        }
        try (docker) {
            docker.removeAll(docker.runLabels());
        }
    }
}
