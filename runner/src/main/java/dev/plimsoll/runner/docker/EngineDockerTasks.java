package dev.plimsoll.runner.docker;

import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.engine.docker.DockerSettings;
import dev.plimsoll.engine.docker.ImageInfo;
import dev.plimsoll.engine.docker.RemovalCounts;
import java.util.Map;
import java.util.Optional;

/** {@code init} and {@code clean} through the engine's Docker layer, connected as the engine connects. */
public final class EngineDockerTasks implements DockerTasks {

    @Override
    public ImageDescription describe(String reference, Optional<String> dockerHost) {
        try (Docker docker = Docker.connect(DockerSettings.fromEnvironment(dockerHost))) {
            ImageInfo image = docker.ensureImage(reference);
            return new ImageDescription(
                    image.id(),
                    image.user(),
                    image.exposedPorts(),
                    image.volumes(),
                    image.env(),
                    image.labels(),
                    image.hasHealthcheck(),
                    image.stopSignal(),
                    image.workdir(),
                    image.sizeBytes());
        }
    }

    @Override
    public Removed removeAll(Map<String, String> labels, Optional<String> dockerHost) {
        try (Docker docker = Docker.connect(DockerSettings.fromEnvironment(dockerHost))) {
            RemovalCounts counts = docker.removeAll(labels);
            return new Removed(counts.containers(), counts.networks(), counts.volumes());
        }
    }
}
