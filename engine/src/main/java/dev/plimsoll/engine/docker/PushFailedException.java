package dev.plimsoll.engine.docker;

/** A registry (or the engine on its way there) refused a push; the message names the registry, never a secret. */
public final class PushFailedException extends DockerOperationException {

    private final String registry;

    public PushFailedException(String registry, String message) {
        super(message);
        this.registry = registry;
    }

    /** The registry host that refused, e.g. {@code 127.0.0.1:5000} or {@code docker.io}. */
    public String registry() {
        return registry;
    }
}
