package dev.plimsoll.engine.docker;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an engine should answer, and why we think so.
 *
 * @param host like {@code unix:///var/run/docker.sock} or {@code tcp://127.0.0.1:2376}
 * @param tlsCertPath the directory with {@code ca.pem}, {@code cert.pem} and {@code key.pem} when TLS is on
 * @param origin how it was found, e.g. {@code DOCKER_HOST} or {@code the default socket}
 */
record DockerEndpoint(String host, Optional<Path> tlsCertPath, String origin) {

    String describe() {
        return host + " (from " + origin + ")";
    }
}
