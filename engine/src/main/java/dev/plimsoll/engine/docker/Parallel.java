package dev.plimsoll.engine.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Removals one Docker call each, several at once but never more than {@link #MAX_AT_ONCE}. */
final class Parallel {

    /** Enough to overlap Docker's latency, few enough not to swamp an engine others share. */
    static final int MAX_AT_ONCE = 8;

    private Parallel() {}

    /** Applies {@code action} to every item; every item is tried, and the first failure is thrown afterwards. */
    static void forEach(List<String> items, Consumer<String> action) {
        if (items.size() <= 1) {
            items.forEach(action);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(MAX_AT_ONCE, items.size()), runnable -> {
            Thread thread = new Thread(runnable, "plimsoll-remove");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            items.forEach(item -> futures.add(pool.submit(() -> action.accept(item))));
            RuntimeException first = null;
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof RuntimeException runtime
                                ? runtime
                                : new DockerOperationException(DockerCall.reason(e), e);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DockerOperationException("interrupted while removing", e);
                }
            }
            if (first != null) throw first;
        } finally {
            pool.shutdownNow();
        }
    }
}
