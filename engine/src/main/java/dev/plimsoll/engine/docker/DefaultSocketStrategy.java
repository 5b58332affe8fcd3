package dev.plimsoll.engine.docker;

import java.util.Optional;

/** The last resort: the engine's default unix socket. */
final class DefaultSocketStrategy implements EndpointStrategy {

    static final String DEFAULT_HOST = "unix:///var/run/docker.sock";

    @Override
    public Optional<DockerEndpoint> find(DockerSettings settings) {
        return Optional.of(new DockerEndpoint(DEFAULT_HOST, Optional.empty(), "the default socket"));
    }
}
