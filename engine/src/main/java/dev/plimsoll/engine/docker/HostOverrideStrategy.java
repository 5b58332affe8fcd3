package dev.plimsoll.engine.docker;

import java.util.Optional;

/** The runner's {@code --docker-host}, which wins over everything. */
final class HostOverrideStrategy implements EndpointStrategy {

    @Override
    public Optional<DockerEndpoint> find(DockerSettings settings) {
        return settings.dockerHost()
                .filter(host -> !host.isBlank())
                .map(host -> new DockerEndpoint(host.trim(), Optional.empty(), "--docker-host"));
    }
}
