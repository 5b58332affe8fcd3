package dev.plimsoll.engine.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives each {@code VOLUME} of an image (and each anonymous volume of the spec) a named, labelled volume of the run instead of Docker's anonymous one, so
 * that it is removed with its container and found by label (by {@code clean}) when a run was interrupted. Docker
 * fills an empty named volume from the image, as it does an anonymous one.
 */
final class ImageVolumes {

    static final String LABEL = "dev.plimsoll.volume-of";
    private static final Logger LOG = LoggerFactory.getLogger(ImageVolumes.class);

    private final Images images;
    private final Cleanup cleanup;
    private final String runPrefix;
    private final ConcurrentMap<String, List<String>> byContainer = new ConcurrentHashMap<>();

    ImageVolumes(Images images, Cleanup cleanup, String runId) {
        this.images = images;
        this.cleanup = cleanup;
        this.runPrefix = "plimsoll-" + runId.substring(0, Math.min(8, runId.length()));
    }

    /** The spec with a fresh volume at every image VOLUME it mounts nothing at; the volumes it created. */
    record Prepared(ContainerSpec spec, List<String> volumes) {}

    Prepared prepare(ContainerSpec spec) {
        List<String> paths = new ArrayList<>(
                images.inspect(spec.image()).map(ImageInfo::volumes).orElse(List.of()));
        paths.addAll(spec.anonymousVolumes());
        Set<String> mounted = spec.volumes().stream()
                .map(mount -> clean(mount.containerPath()))
                .collect(Collectors.toSet());
        List<ContainerSpec.VolumeMount> mounts = new ArrayList<>(spec.volumes());
        List<String> created = new ArrayList<>();
        try {
            for (String path : paths) {
                if (mounted.add(clean(path))) {
                    String name =
                            runPrefix + "-vol-" + UUID.randomUUID().toString().substring(0, 12);
                    created.add(cleanup.createVolume(name, Map.of(LABEL, path)));
                    mounts.add(new ContainerSpec.VolumeMount(name, path));
                }
            }
        } catch (RuntimeException e) {
            removeQuietly(created);
            throw e;
        }
        if (created.isEmpty()) {
            return new Prepared(spec, created);
        }
        return new Prepared(
                new ContainerSpec(
                        spec.image(),
                        spec.name(),
                        spec.env(),
                        spec.unsetEnv(),
                        spec.cmd(),
                        spec.entrypoint(),
                        spec.user(),
                        spec.network(),
                        spec.networkAliases(),
                        spec.ports(),
                        mounts,
                        spec.labels(),
                        spec.workingDir(),
                        List.of(),
                        spec.healthcheck()),
                created);
    }

    void created(String containerId, Prepared prepared) {
        if (!prepared.volumes().isEmpty()) {
            byContainer.put(containerId, prepared.volumes());
        }
    }

    /** After the container is removed, or its creation failed. */
    void removeFor(String containerId) {
        List<String> volumes = byContainer.remove(containerId);
        if (volumes != null) {
            removeQuietly(volumes);
        }
    }

    void removeQuietly(List<String> volumes) {
        for (String volume : volumes) {
            try {
                cleanup.removeVolume(volume);
            } catch (DockerUnavailableException lost) {
                throw lost;
            } catch (DockerOperationException e) {
                // The run's final sweep removes it by label.
                LOG.debug("could not remove volume {}: {}", volume, e.getMessage());
            }
        }
    }

    private static String clean(String path) {
        String cleaned = "/" + DockerIgnore.clean(path);
        return cleaned.length() > 1 && cleaned.endsWith("/") ? cleaned.substring(0, cleaned.length() - 1) : cleaned;
    }
}
