package dev.plimsoll.engine.docker;

/**
 * No engine answers where we looked, e.g. {@code cannot reach a Docker engine at unix:///var/run/docker.sock
 * (from the default socket): connection refused}.
 */
public final class DockerUnavailableException extends DockerOperationException {

    public DockerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
