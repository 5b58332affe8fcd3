package dev.plimsoll.engine.docker;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Counts the connections in use in front of docker-java's pool, so that a run that needs more than the pool holds
 * (every followed log and every wait holds one for as long as it lasts) fails with a message after a bounded wait
 * instead of blocking on the pool. A connection is in use from the request until its response is closed.
 */
final class PooledConnections implements DockerHttpClient {

    /** Large enough for a few hundred containers at once: each followed log keeps one connection. */
    static final int SIZE = 512;

    static final Duration LEASE_WAIT = Duration.ofSeconds(30);

    private final DockerHttpClient delegate;
    private final int size;
    private final Duration leaseWait;
    private final Semaphore free;

    PooledConnections(DockerHttpClient delegate, int size, Duration leaseWait) {
        this.delegate = delegate;
        this.size = size;
        this.leaseWait = leaseWait;
        this.free = new Semaphore(size);
    }

    @Override
    public Response execute(Request request) {
        acquire();
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                free.release();
            }
        };
        try {
            return new Counted(delegate.execute(request), release);
        } catch (RuntimeException e) {
            release.run();
            throw e;
        }
    }

    private void acquire() {
        try {
            if (!free.tryAcquire(leaseWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new DockerOperationException(
                        "all " + size + " connections to the Docker engine stayed in use for "
                                + leaseWait.toSeconds() + "s (each running container's log and each wait holds one);"
                                + " run fewer scenarios at once (--parallel)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DockerOperationException("interrupted while waiting for a connection to the Docker engine", e);
        }
    }

    /** How many connections are in use now. */
    int inUse() {
        return size - free.availablePermits();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    private record Counted(Response response, Runnable release) implements Response {

        @Override
        public int getStatusCode() {
            return response.getStatusCode();
        }

        @Override
        public Map<String, List<String>> getHeaders() {
            return response.getHeaders();
        }

        /** The delegate's lookup ignores case; the interface's default does not, and log frames depend on it. */
        @Override
        public @Nullable String getHeader(String name) {
            return response.getHeader(name);
        }

        @Override
        public InputStream getBody() {
            return response.getBody();
        }

        @Override
        public void close() {
            try {
                response.close();
            } finally {
                release.run();
            }
        }
    }
}
