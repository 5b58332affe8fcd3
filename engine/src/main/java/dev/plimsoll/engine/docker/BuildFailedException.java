package dev.plimsoll.engine.docker;

import java.util.List;

/** A build failed: the message holds the failing step's error and the last lines of the build log. */
public final class BuildFailedException extends DockerOperationException {

    private final String error;
    private final List<String> logTail;

    public BuildFailedException(String error, List<String> logTail) {
        super(render(error, logTail));
        this.error = error;
        this.logTail = List.copyOf(logTail);
    }

    /** The error Docker reported for the failing step. */
    public String error() {
        return error;
    }

    /** Up to the last 20 lines of the build output. */
    public List<String> logTail() {
        return logTail;
    }

    private static String render(String error, List<String> logTail) {
        if (logTail.isEmpty()) {
            return "build failed: " + error;
        }
        return "build failed: " + error + "\nlast lines of the build log:\n  " + String.join("\n  ", logTail);
    }
}
