package dev.plimsoll.engine.run;

import dev.plimsoll.engine.docker.DockerOperationException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Things a run prepares in a known order (contracts, a contract's scenarios), each once: at its turn, or ahead, in the
 * background, while the one before it is in use. At most one is prepared ahead and waiting, so a run holds one more
 * thing's containers, not a queue of them. What was prepared and never taken is closed with this. Keys are compared by
 * identity: they are the parsed contracts and scenario instances themselves.
 */
final class Lookahead<K, V extends AutoCloseable> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Lookahead.class);

    private final String thread;
    private final Function<K, V> prepare;
    private final List<K> order = new ArrayList<>();
    // Preparations begun, ahead or at their turn; each is taken once.
    private final Map<K, FutureTask<@Nullable V>> begun = new IdentityHashMap<>();
    private final Map<K, Boolean> taken = new IdentityHashMap<>();
    private @Nullable ExecutorService ahead;
    private boolean closed;

    /** {@code thread}: the name of the background thread; {@code prepare}: makes one thing, or throws why not. */
    Lookahead(String thread, Function<K, V> prepare) {
        this.thread = thread;
        this.prepare = prepare;
    }

    /** The things to prepare ahead, in the order they are expected to be taken; none: nothing is made ahead. */
    synchronized void plan(List<K> keys) {
        order.clear();
        order.addAll(keys);
    }

    /** The thing for {@code key}: prepared ahead, or now on this thread. Its preparation's failure is thrown here. */
    V take(K key) {
        FutureTask<@Nullable V> preparation;
        synchronized (this) {
            preparation = begun.computeIfAbsent(key, this::preparation);
            taken.put(key, true);
        }
        preparation.run(); // here, unless it already began in the background
        return Objects.requireNonNull(result(preparation), "taken after this was closed");
    }

    /** Begins preparing the first thing in order not begun yet, unless one prepared ahead is still waiting. */
    synchronized void prepareNext() {
        if (closed || begun.keySet().stream().anyMatch(key -> !taken.containsKey(key))) {
            return;
        }
        for (K next : order) {
            if (!begun.containsKey(next)) {
                FutureTask<@Nullable V> preparation = preparation(next);
                begun.put(next, preparation);
                executor().execute(preparation);
                return;
            }
        }
    }

    /** Whether every planned thing has been taken (or none was planned). */
    synchronized boolean allTaken() {
        return order.stream().allMatch(taken::containsKey);
    }

    /** One preparation; one that has not begun when this closes makes nothing (its result: null). */
    private FutureTask<@Nullable V> preparation(K key) {
        return new FutureTask<>(() -> {
            synchronized (this) {
                if (closed && !taken.containsKey(key)) return null;
            }
            return prepare.apply(key);
        });
    }

    private ExecutorService executor() {
        if (ahead == null) {
            ahead = Executors.newSingleThreadExecutor(runnable -> {
                Thread background = new Thread(runnable, thread);
                background.setDaemon(true);
                return background;
            });
        }
        return ahead;
    }

    private @Nullable V result(FutureTask<@Nullable V> preparation) {
        try {
            return preparation.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DockerOperationException("interrupted while waiting for " + thread, e);
        }
    }

    /**
     * Closes what was prepared and never taken (a run stopped early, a failed contract), once each preparation in
     * flight is done: nothing it makes is left behind.
     */
    @Override
    public void close() {
        List<FutureTask<@Nullable V>> unused = new ArrayList<>();
        synchronized (this) {
            closed = true;
            begun.forEach((key, preparation) -> {
                if (!taken.containsKey(key)) unused.add(preparation);
            });
        }
        for (FutureTask<@Nullable V> preparation : unused) {
            preparation.run(); // one not begun makes nothing now; one in flight finishes, and then goes
            try {
                V prepared = preparation.get();
                if (prepared != null) prepared.close();
            } catch (ExecutionException failed) {
                LOG.debug("prepared ahead by {}, failed, and not used", thread, failed.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // the run's own removal by label still comes
            } catch (Exception e) {
                LOG.warn("could not close what {} prepared: {}", thread, e.getMessage());
            }
        }
        if (ahead != null) {
            ahead.shutdown();
        }
    }
}
