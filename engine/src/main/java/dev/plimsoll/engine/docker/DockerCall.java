package dev.plimsoll.engine.docker;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one Docker operation: logs it at DEBUG with its duration and turns library failures into ours. */
final class DockerCall {

    private static final Logger LOG = LoggerFactory.getLogger("dev.plimsoll.engine.docker");

    private DockerCall() {}

    static <T> T run(String what, Supplier<T> body) {
        long start = System.nanoTime();
        try {
            return body.get();
        } catch (DockerOperationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DockerOperationException("docker could not " + what + ": " + reason(e), e);
        } finally {
            LOG.debug("{} took {} ms", what, (System.nanoTime() - start) / 1_000_000);
        }
    }

    static void run(String what, Runnable body) {
        run(what, () -> {
            body.run();
            return null;
        });
    }

    /** The innermost message, trimmed and starting lowercase, for one-sentence errors. */
    static String reason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.strip();
        // docker-java prefixes engine errors with "Status 404: {"message":"..."}"; keep the engine's words.
        int json = message.indexOf("{\"message\":\"");
        if (json >= 0) {
            message = message.substring(json + 12).replaceAll("\"}\\s*$", "").replace("\\\"", "\"");
        }
        // httpclient says "connect to http://127.0.0.1:1 [/127.0.0.1] failed: Connection refused".
        int failed = message.lastIndexOf("failed: ");
        if (message.regionMatches(true, 0, "connect to ", 0, 11) && failed >= 0) {
            message = message.substring(failed + 8);
        }
        if (message.length() > 1
                && Character.isUpperCase(message.charAt(0))
                && Character.isLowerCase(message.charAt(1))) {
            message = Character.toLowerCase(message.charAt(0)) + message.substring(1);
        }
        return message;
    }
}
