package dev.plimsoll.runner.shard;

/** A timings file that cannot be used; the message names it. Every CI job must split alike, so no guessing. */
public final class TimingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String problem;

    public TimingsException(String message) {
        super(message, null, false, false);
        this.problem = message;
    }

    /** The message, never null. */
    public String problem() {
        return problem;
    }
}
