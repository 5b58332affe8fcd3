package dev.plimsoll.runner.fake;

/** Same simple name as the real engine's exception: the runner recognises it by that name only. */
public final class DockerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DockerUnavailableException(String message) {
        super(message);
    }
}
