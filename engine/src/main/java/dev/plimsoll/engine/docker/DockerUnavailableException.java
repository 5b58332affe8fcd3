package dev.plimsoll.engine.docker;

import org.jspecify.annotations.Nullable;

/**
 * No engine answers where we looked, e.g. {@code cannot reach a Docker engine at unix:///var/run/docker.sock
 * (from the default socket): connection refused}.
 */
public final class DockerUnavailableException extends DockerOperationException {

    public DockerUnavailableException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
