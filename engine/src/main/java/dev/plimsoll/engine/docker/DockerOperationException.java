package dev.plimsoll.engine.docker;

import org.jspecify.annotations.Nullable;

/** A Docker operation failed; the message is one lowercase sentence that says which and why. */
public class DockerOperationException extends RuntimeException {

    public DockerOperationException(String message) {
        super(message);
    }

    public DockerOperationException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
