package dev.plimsoll.runner;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Where the Docker engine is, for commands that talk to it. */
final class DockerOptions {

    @Option(
            names = "--docker-host",
            paramLabel = "URL",
            description = "Docker engine to use, e.g. tcp://127.0.0.1:2375 "
                    + "(default: DOCKER_HOST, then the current docker context, "
                    + "then unix:///var/run/docker.sock).")
    @Nullable
    String dockerHost;

    Optional<String> host() {
        return Optional.ofNullable(dockerHost);
    }
}
