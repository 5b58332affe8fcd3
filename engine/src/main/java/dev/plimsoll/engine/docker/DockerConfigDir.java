package dev.plimsoll.engine.docker;

import java.nio.file.Path;

/** The docker CLI's configuration directory: {@code DOCKER_CONFIG}, else {@code ~/.docker}. */
final class DockerConfigDir {

    private DockerConfigDir() {}

    static Path of(DockerSettings settings) {
        String configured = settings.env().getOrDefault("DOCKER_CONFIG", "");
        return configured.isEmpty() ? settings.userHome().resolve(".docker") : Path.of(configured);
    }
}
