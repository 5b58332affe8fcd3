package dev.plimsoll.engine.run;

import dev.plimsoll.engine.docker.DockerOperationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Things a run prepares in a known order (contracts, a contract's scenarios), each once: at its turn, or ahead, on
 * the run's one background thread, while the one before it is in use. A few at most ({@code depth}) are prepared
 * ahead and waiting, so a run holds a bounded number of extra containers, not a queue of them. What was prepared and
 * never taken is closed with this. Keys are compared by identity: they are the parsed contracts and scenario
 * instances themselves.
 */
final class Lookahead<K, V extends AutoCloseable> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Lookahead.class);

    private final String what;
    private final Executor ahead;
    private final int depth;
    private final Function<K, V> prepare;
    private final List<K> order = new ArrayList<>();
    // Preparations begun, ahead or at their turn; each is taken once.
    private final Map<K, FutureTask<@Nullable V>> begun = new IdentityHashMap<>();
    private final Set<K> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean closed;

    /**
     * {@code what}: what is prepared, for messages; {@code ahead}: where preparations ahead run (one thread, so that
     * they never compete with each other); {@code depth}: how many may be prepared and waiting at once; {@code
     * prepare}: makes one thing, or throws why not.
     */
    Lookahead(String what, Executor ahead, int depth, Function<K, V> prepare) {
        this.what = what;
        this.ahead = ahead;
        this.depth = depth;
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
            taken.add(key);
        }
        preparation.run(); // here, unless it already began in the background
        return Objects.requireNonNull(result(preparation), "taken after this was closed");
    }

    /** Begins preparing the next things in order, until {@code depth} of them are prepared (or being) and waiting. */
    synchronized void prepareNext() {
        long waiting =
                begun.keySet().stream().filter(key -> !taken.contains(key)).count();
        for (K next : order) {
            if (closed || waiting >= depth) {
                return;
            }
            if (!begun.containsKey(next)) {
                FutureTask<@Nullable V> preparation = preparation(next);
                begun.put(next, preparation);
                ahead.execute(preparation);
                waiting++;
            }
        }
    }

    /** Whether every planned thing has begun its preparation (or none was planned). */
    synchronized boolean allBegun() {
        return order.stream().allMatch(begun::containsKey);
    }

    /** One preparation; one that has not begun when this closes makes nothing (its result: null). */
    private FutureTask<@Nullable V> preparation(K key) {
        return new FutureTask<>(() -> {
            synchronized (this) {
                if (closed && !taken.contains(key)) return null;
            }
            return prepare.apply(key);
        });
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
            throw new DockerOperationException("interrupted while " + what + " was prepared", e);
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
                if (!taken.contains(key)) unused.add(preparation);
            });
        }
        for (FutureTask<@Nullable V> preparation : unused) {
            preparation.run(); // one not begun makes nothing now; one in flight finishes, and then goes
            try {
                V prepared = preparation.get();
                if (prepared != null) prepared.close();
            } catch (ExecutionException failed) {
                LOG.debug("{} prepared ahead failed, and was not used", what, failed.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // the run's own removal by label still comes
            } catch (Exception e) {
                LOG.warn("could not close {} prepared ahead: {}", what, e.getMessage());
            }
        }
    }
}
