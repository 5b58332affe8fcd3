package dev.plimsoll.engine.docker;

import org.jspecify.annotations.Nullable;

/** {@code image 'x' is not present locally and could not be pulled: <reason>}. */
public final class ImageUnavailableException extends DockerOperationException {

    public ImageUnavailableException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
