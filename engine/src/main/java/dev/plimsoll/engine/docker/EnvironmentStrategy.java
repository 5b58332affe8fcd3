package dev.plimsoll.engine.docker;

import java.nio.file.Path;
import java.util.Optional;

/** {@code DOCKER_HOST}, with TLS when {@code DOCKER_TLS_VERIFY} is set (certificates from {@code DOCKER_CERT_PATH}). */
final class EnvironmentStrategy implements EndpointStrategy {

    @Override
    public Optional<DockerEndpoint> find(DockerSettings settings) {
        String host = settings.env().getOrDefault("DOCKER_HOST", "").trim();
        if (host.isEmpty()) {
            return Optional.empty();
        }
        // Like the CLI: any non-empty DOCKER_TLS_VERIFY turns verification on.
        boolean tls = !settings.env().getOrDefault("DOCKER_TLS_VERIFY", "").isEmpty();
        Optional<Path> certs = tls ? Optional.of(certPath(settings)) : Optional.empty();
        return Optional.of(new DockerEndpoint(host, certs, "DOCKER_HOST"));
    }

    private static Path certPath(DockerSettings settings) {
        String path = settings.env().getOrDefault("DOCKER_CERT_PATH", "");
        return path.isEmpty() ? DockerConfigDir.of(settings) : Path.of(path);
    }
}
