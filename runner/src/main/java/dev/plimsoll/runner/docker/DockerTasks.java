package dev.plimsoll.runner.docker;

import dev.plimsoll.engine.docker.ImageInfo;
import java.util.Map;
import java.util.Optional;

/**
 * The Docker work of {@code init} and {@code clean}. The engine's Docker layer
 * ({@code dev.plimsoll.engine.docker}) will implement it; until it is merged, {@link #missing()} stands in
 * and says so instead of pretending.
 */
public interface DockerTasks {

    /**
     * The image's metadata, using the local image or pulling it.
     *
     * @param dockerHost overrides DOCKER_HOST and the docker context
     */
    ImageInfo describe(String reference, Optional<String> dockerHost);

    /** Removes containers, then networks, then volumes carrying all of these labels. */
    Removed removeAll(Map<String, String> labels, Optional<String> dockerHost);

    static DockerTasks missing() {
        return new DockerTasks() {
            @Override
            public ImageInfo describe(String reference, Optional<String> dockerHost) {
                throw new DockerLayerMissingException();
            }

            @Override
            public Removed removeAll(Map<String, String> labels, Optional<String> dockerHost) {
                throw new DockerLayerMissingException();
            }
        };
    }
}
