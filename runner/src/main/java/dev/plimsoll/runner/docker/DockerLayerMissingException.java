package dev.plimsoll.runner.docker;

/** This build of plimsoll was made without the engine's Docker layer. */
public final class DockerLayerMissingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DockerLayerMissingException() {
        super("this build of plimsoll has no Docker layer (dev.plimsoll.engine.docker), so it cannot talk to Docker");
    }
}
