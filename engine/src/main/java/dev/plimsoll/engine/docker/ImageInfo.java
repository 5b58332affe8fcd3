package dev.plimsoll.engine.docker;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an image's metadata says about it.
 *
 * @param exposedPorts like {@code 8080/tcp}
 * @param volumes container paths, like {@code /data}
 */
public record ImageInfo(
        String id,
        Optional<String> user,
        List<String> exposedPorts,
        List<String> volumes,
        Map<String, String> env,
        Map<String, String> labels,
        boolean hasHealthcheck,
        Optional<String> stopSignal,
        Optional<String> workdir,
        List<String> entrypoint,
        List<String> cmd,
        long sizeBytes) {

    public ImageInfo {
        exposedPorts = List.copyOf(exposedPorts);
        volumes = List.copyOf(volumes);
        env = Map.copyOf(env);
        labels = Map.copyOf(labels);
        entrypoint = List.copyOf(entrypoint);
        cmd = List.copyOf(cmd);
    }
}
