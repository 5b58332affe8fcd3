package dev.plimsoll.engine.docker;

/** {@code image 'x' is not present locally and could not be pulled: <reason>}. */
public final class ImageUnavailableException extends DockerOperationException {

    public ImageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
