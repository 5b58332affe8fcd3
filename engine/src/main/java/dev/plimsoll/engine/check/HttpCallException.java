package dev.plimsoll.engine.check;

/**
 * An HTTP request that got no response, with a one-line message for the report, e.g. {@code connection refused on
 * 127.0.0.1:49153 (container port 9000)}.
 */
public final class HttpCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HttpCallException(String oneLineMessage) {
        super(oneLineMessage);
    }

    HttpCallException(String oneLineMessage, Throwable cause) {
        super(oneLineMessage, cause);
    }
}
