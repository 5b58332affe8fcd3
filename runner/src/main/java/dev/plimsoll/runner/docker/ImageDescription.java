package dev.plimsoll.runner.docker;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code init} needs to know about an image; the same facts as the engine's Docker layer reports
 * ({@code dev.plimsoll.engine.docker.ImageInfo}), without depending on it.
 */
public record ImageDescription(
        String id,
        Optional<String> user,
        List<String> exposedPorts,
        List<String> volumes,
        Map<String, String> env,
        Map<String, String> labels,
        boolean hasHealthcheck,
        Optional<String> stopSignal,
        Optional<String> workdir,
        long sizeBytes) {

    public ImageDescription {
        exposedPorts = List.copyOf(exposedPorts);
        volumes = List.copyOf(volumes);
        env = Map.copyOf(env);
        labels = Map.copyOf(labels);
    }
}
