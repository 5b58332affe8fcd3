package dev.plimsoll.engine.run;

import dev.plimsoll.engine.docker.ContainerIds;
import dev.plimsoll.engine.docker.ContainerInfo;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns a path of the runner's file system into the path the Docker host has for it, for bind mounts. Outside a
 * container they are the same. Inside one, Docker reads bind sources on its own host: a path under one of the
 * runner container's mounts is that mount's source plus the rest; any other path exists only in the runner's
 * container, and no container of the run can be given it.
 */
final class HostPaths {
    private final Optional<String> container;
    private final List<ContainerInfo.Mount> mounts;

    private HostPaths(Optional<String> container, List<ContainerInfo.Mount> mounts) {
        this.container = container;
        // the deepest destination first: a mount inside another mount wins for the paths under it
        this.mounts = mounts.stream()
                .sorted(Comparator.comparingInt((ContainerInfo.Mount mount) ->
                                Path.of(mount.destination()).getNameCount())
                        .reversed())
                .toList();
    }

    /** On the Docker host: every path is the host's own. */
    static final HostPaths SAME = new HostPaths(Optional.empty(), List.of());

    /** Inside container {@code container} with these mounts. */
    static HostPaths through(String container, List<ContainerInfo.Mount> mounts) {
        return new HostPaths(Optional.of(container), mounts);
    }

    /** The Docker host's path for the absolute, normalized {@code path}, or empty when it has none. */
    Optional<String> translate(String path) {
        if (container.isEmpty()) {
            return Optional.of(path);
        }
        Path wanted = Path.of(path);
        for (ContainerInfo.Mount mount : mounts) {
            Path destination = Path.of(mount.destination());
            if (wanted.startsWith(destination)) {
                Path rest = destination.relativize(wanted);
                return Optional.of(
                        rest.toString().isEmpty()
                                ? mount.source()
                                : Path.of(mount.source()).resolve(rest).toString());
            }
        }
        return Optional.empty();
    }

    /** The first of {@code folders} that the Docker host has too, for files other containers must be given. */
    Optional<Path> sharedFolder(List<Path> folders) {
        return folders.stream()
                .filter(folder -> translate(folder.toAbsolutePath().normalize().toString())
                        .isPresent())
                .findFirst();
    }

    /** Why {@code path} cannot be mounted, for a failure: it is in none of the runner container's mounts. */
    String notShared(String path) {
        String shortId = container.map(ContainerIds::shortId).orElse("");
        return path + " is not on the Docker host: plimsoll runs in container " + shortId + ", and the path is in none"
                + " of its mounts ("
                + (mounts.isEmpty()
                        ? "it has none"
                        : String.join(
                                ", ",
                                mounts.stream()
                                        .map(ContainerInfo.Mount::destination)
                                        .sorted()
                                        .toList()))
                + "); mount the folder that holds it into that container at the same path, such as -v \"$PWD:$PWD\"";
    }
}
