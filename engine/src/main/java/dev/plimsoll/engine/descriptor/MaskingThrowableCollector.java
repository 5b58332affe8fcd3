package dev.plimsoll.engine.descriptor;

import dev.plimsoll.engine.Secrets;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.support.hierarchical.OpenTest4JAwareThrowableCollector;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Collects what a node throws, as the platform's own collector does, with every secret in its messages (and its
 * causes' messages) masked: every failure of the engine leaves through here, on its way to any report.
 */
public final class MaskingThrowableCollector extends OpenTest4JAwareThrowableCollector {

    private final Secrets secrets;

    public MaskingThrowableCollector(Secrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public void execute(Executable executable) {
        super.execute(() -> {
            try {
                executable.execute();
            } catch (Throwable thrown) {
                throw mask(thrown, secrets);
            }
        });
    }

    /**
     * The throwable itself when no secret appears in it; else a copy with masked messages and the same stack trace,
     * still an assertion failure or an abort when the original was one, so reports classify it alike.
     */
    static Throwable mask(Throwable thrown, Secrets secrets) {
        if (secrets.isEmpty() || !appears(thrown, secrets)) {
            return thrown;
        }
        return copy(thrown, secrets, 0);
    }

    private static boolean appears(Throwable thrown, Secrets secrets) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && secrets.appearIn(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static Throwable copy(Throwable original, Secrets secrets, int depth) {
        String message = original.getMessage() == null ? null : secrets.mask(original.getMessage());
        Throwable cause = original.getCause();
        @Nullable
        Throwable maskedCause =
                cause == null || cause == original || depth > 20 ? null : copy(cause, secrets, depth + 1);
        Throwable copy;
        if (original instanceof AssertionError) {
            copy = new AssertionFailedError(message, maskedCause);
        } else if (original instanceof TestAbortedException) {
            copy = new TestAbortedException(message, maskedCause);
        } else {
            copy = new MaskedException(original.getClass().getName(), message, maskedCause);
        }
        copy.setStackTrace(original.getStackTrace());
        return copy;
    }

    /** A failure of the engine whose message held a secret; it names the original type. */
    static final class MaskedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String originalType;

        MaskedException(String originalType, @Nullable String message, @Nullable Throwable cause) {
            super(message, cause);
            this.originalType = originalType;
        }

        @Override
        public String toString() {
            String message = getMessage();
            return message == null ? originalType : originalType + ": " + message;
        }
    }
}
