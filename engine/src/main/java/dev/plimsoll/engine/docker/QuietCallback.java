package dev.plimsoll.engine.docker;

import com.github.dockerjava.api.async.ResultCallback;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A callback that keeps a stream's failure for the caller instead of logging it at ERROR, as docker-java's
 * own callbacks do: the failure becomes our one-sentence exception, and that is enough.
 */
class QuietCallback<T> extends ResultCallback.Adapter<T> {

    private volatile @Nullable Throwable failure;

    @Override
    public void onError(Throwable error) {
        if (failure == null) {
            failure = error;
        }
        try {
            close();
        } catch (IOException e) {
            error.addSuppressed(e);
        }
    }

    /** Throws the stream's failure, if it had one. */
    void rethrow() {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure != null) {
            throw new DockerOperationException(DockerCall.reason(failure), failure);
        }
    }
}
