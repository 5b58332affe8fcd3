package dev.plimsoll.engine.docker;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices an engine that stopped answering (stopped, killed or frozen) and ends every waiting Docker call with one
 * sentence. Each call runs on a worker thread while its caller waits with a response timeout; a heartbeat pings the
 * engine on a fresh connection every second, and when the engine is lost every waiting caller is released at once.
 * Results that could be the engine's own shutdown (a container that stopped, a stream that ended) are confirmed by
 * a ping before anyone believes them: a stopping engine stops its containers after it closed its socket.
 */
final class EngineWatch implements AutoCloseable {

    /** The response timeout of an ordinary request; long operations have their own bound and the heartbeat. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /** The bound of a build or a pull, which may rightly take long; the heartbeat ends it when the engine goes. */
    static final Duration LONG_OPERATION = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(EngineWatch.class);
    private static final long HEARTBEAT_MILLIS = 1000;
    static final Duration PING_TIMEOUT = Duration.ofSeconds(3);
    /** A frozen engine accepts connections but never answers: this long without a good ping is lost. */
    private static final long SILENCE_NANOS = TimeUnit.SECONDS.toNanos(6);

    private final String endpoint;
    private final Ping ping;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemon("plimsoll-docker"));
    private final ScheduledExecutorService heartbeat =
            Executors.newSingleThreadScheduledExecutor(daemon("plimsoll-heartbeat"));
    private final List<CompletableFuture<?>> waiting = new CopyOnWriteArrayList<>();
    private final List<Runnable> lostListeners = new CopyOnWriteArrayList<>();
    private final ExecutorService pinger = Executors.newCachedThreadPool(daemon("plimsoll-ping"));
    private @Nullable CompletableFuture<Void> inFlight;
    private final AtomicInteger failedPings = new AtomicInteger();
    private volatile long lastAnswer = System.nanoTime();
    private volatile @Nullable DockerUnavailableException lost;

    /** Asks the engine whether it is there; throws when it is not (refused, reset, timed out). */
    @FunctionalInterface
    interface Ping {
        void ping() throws Exception;
    }

    EngineWatch(String endpoint, Ping ping) {
        this.endpoint = endpoint;
        this.ping = ping;
    }

    /** Starts the heartbeat. */
    EngineWatch start() {
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT_MILLIS, HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Runs {@code body} with the ordinary response timeout. */
    <T> T run(String what, Supplier<T> body) {
        return run(what, REQUEST_TIMEOUT, body);
    }

    void run(String what, Runnable body) {
        run(what, REQUEST_TIMEOUT, body);
    }

    void run(String what, Duration timeout, Runnable body) {
        run(what, timeout, () -> {
            body.run();
            return null;
        });
    }

    /**
     * Runs {@code body} on a worker and waits up to {@code timeout} for it; a lost engine ends the wait at once. A
     * failure is blamed on the engine when the engine no longer answers.
     */
    <T> T run(String what, Duration timeout, Supplier<T> body) {
        requireAlive();
        // Waiting before the body starts: an engine lost at any moment after this releases the call.
        CompletableFuture<T> call = new CompletableFuture<>();
        waiting.add(call);
        DockerUnavailableException gone = lost;
        if (gone != null) {
            call.completeExceptionally(gone);
        } else {
            workers.execute(() -> {
                try {
                    call.complete(DockerCall.run(what, body));
                } catch (RuntimeException | Error e) {
                    call.completeExceptionally(e);
                }
            });
        }
        try {
            return call.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            requireAlive(true);
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new DockerOperationException("docker could not " + what + ": " + DockerCall.reason(e), e);
        } catch (TimeoutException e) {
            call.cancel(true);
            requireAlive(true);
            throw new DockerOperationException(
                    "docker could not " + what + ": the engine at " + endpoint + " gave no answer within "
                            + (timeout.toMillis() < 1000 ? timeout.toMillis() + "ms" : timeout.toSeconds() + "s"));
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new DockerOperationException("interrupted while waiting for docker to " + what, e);
        } finally {
            waiting.remove(call);
        }
    }

    /** Throws the one sentence if the engine was lost. */
    void requireAlive() {
        DockerUnavailableException gone = lost;
        if (gone != null) {
            throw sentence(gone);
        }
    }

    /**
     * Asks the engine now, when a result might come from its going away; throws the one sentence if it does not
     * answer twice in a row.
     */
    void confirmAlive() {
        requireAlive(true);
    }

    private void requireAlive(boolean ask) {
        requireAlive();
        if (!ask) {
            return;
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            if (answers()) {
                return;
            }
            sleep(300);
        }
        markLost();
        requireAlive();
    }

    Optional<DockerUnavailableException> lost() {
        return Optional.ofNullable(lost);
    }

    /** Called once when the engine is lost, on the thread that noticed. */
    void onLost(Runnable listener) {
        lostListeners.add(listener);
    }

    private void beat() {
        if (lost != null) {
            return;
        }
        if (answers()) {
            return;
        }
        if (failedPings.get() >= 2 && System.nanoTime() - lastAnswer > SILENCE_NANOS / 3
                || System.nanoTime() - lastAnswer > SILENCE_NANOS) {
            markLost();
        }
    }

    /**
     * One ping at a time, on its own thread and bounded here: a socket timeout does not bound a read on a Unix
     * socket, so a frozen engine would hold the asking thread for ever. Concurrent askers share the ping in flight.
     */
    private boolean answers() {
        CompletableFuture<Void> current;
        synchronized (this) {
            current = inFlight;
            if (current == null || current.isDone()) {
                current = CompletableFuture.runAsync(
                        () -> {
                            try {
                                ping.ping();
                            } catch (Exception e) {
                                throw new CompletionException(e);
                            }
                        },
                        pinger);
                inFlight = current;
            }
        }
        try {
            current.get(PING_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            failedPings.set(0);
            lastAnswer = System.nanoTime();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true; // not the engine's fault; the caller's wait ends on its own
        } catch (ExecutionException | TimeoutException e) {
            failedPings.incrementAndGet();
            LOG.debug("the Docker engine at {} did not answer a ping: {}", endpoint, DockerCall.reason(e));
            return false;
        }
    }

    /** Public for tests: declares the engine lost, releasing every waiting call. */
    synchronized void markLost() {
        if (lost != null) {
            return;
        }
        DockerUnavailableException gone =
                new DockerUnavailableException("the Docker engine at " + endpoint + " stopped answering", null);
        lost = gone;
        LOG.debug("{}", gone.getMessage());
        waiting.forEach(call -> call.completeExceptionally(gone));
        for (Runnable listener : lostListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.debug("releasing a waiter after losing the engine failed", e);
            }
        }
    }

    /** A fresh exception per thrower, so each stack is its own; the message is the same sentence. */
    private static DockerUnavailableException sentence(DockerUnavailableException gone) {
        return new DockerUnavailableException(String.valueOf(gone.getMessage()), null);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        workers.shutdownNow();
        pinger.shutdownNow();
    }
}
