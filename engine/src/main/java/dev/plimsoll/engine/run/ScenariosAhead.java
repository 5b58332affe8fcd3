package dev.plimsoll.engine.run;

import dev.plimsoll.engine.docker.DockerOperationException;
import dev.plimsoll.grammar.ast.ScenarioInstance;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A contract's scenarios, each {@linkplain ScenarioRun#prepare prepared} (network, services started and ready,
 * subject created) while the one before it runs its steps, so that its turn only has to start the subject. One
 * scenario at most is prepared ahead: a run keeps one more scenario's services up, not a queue of them. Only the
 * subject's start begins a scenario's clock, so no promise is judged by time spent waiting for its turn.
 */
final class ScenariosAhead implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScenariosAhead.class);

    private final ContractRun contract;
    private final List<ScenarioInstance> order;
    // Preparations begun, ahead or at the scenario's turn; a scenario's is taken once.
    private final Map<ScenarioInstance, FutureTask<@Nullable ScenarioRun>> begun = new IdentityHashMap<>();
    private final Map<ScenarioInstance, Boolean> taken = new IdentityHashMap<>();
    private @Nullable ExecutorService ahead;
    private boolean closed;

    /** {@code order}: the scenarios that will run, in the order they are expected to; none when nothing runs ahead. */
    ScenariosAhead(ContractRun contract, List<ScenarioInstance> order) {
        this.contract = contract;
        this.order = List.copyOf(order);
    }

    /**
     * The scenario's turn: its preparation (made here if it was not made ahead), then the next one's begins in the
     * background, then the subject starts.
     */
    ScenarioRun start(ScenarioInstance instance, ContainerEvents events) {
        FutureTask<@Nullable ScenarioRun> preparation;
        synchronized (this) {
            preparation = begun.computeIfAbsent(instance, this::preparation);
            taken.put(instance, true);
        }
        preparation.run(); // here, unless it already began in the background
        ScenarioRun run = Objects.requireNonNull(result(preparation), "a scenario ran after its contract closed");
        prepareNext();
        run.begin(events);
        return run;
    }

    /** A scenario's preparation; one that has not begun when the contract closes makes nothing (its result: null). */
    private FutureTask<@Nullable ScenarioRun> preparation(ScenarioInstance instance) {
        return new FutureTask<>(() -> {
            synchronized (this) {
                if (closed && !taken.containsKey(instance)) return null;
            }
            return ScenarioRun.prepare(contract, instance);
        });
    }

    /**
     * Begins preparing the first scenario in order not yet begun, unless one prepared ahead is still waiting. Called
     * when the contract starts too: its first scenario gets ready while the image facts and file checks run.
     */
    synchronized void prepareNext() {
        if (closed || begun.keySet().stream().anyMatch(instance -> !taken.containsKey(instance))) {
            return;
        }
        for (ScenarioInstance next : order) {
            if (!begun.containsKey(next)) {
                FutureTask<@Nullable ScenarioRun> preparation = preparation(next);
                begun.put(next, preparation);
                executor().execute(preparation);
                return;
            }
        }
    }

    private ExecutorService executor() {
        if (ahead == null) {
            ahead = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "plimsoll-ahead");
                thread.setDaemon(true);
                return thread;
            });
        }
        return ahead;
    }

    private static @Nullable ScenarioRun result(FutureTask<@Nullable ScenarioRun> preparation) {
        try {
            return preparation.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DockerOperationException("interrupted while a scenario's containers were prepared", e);
        }
    }

    /**
     * Removes what was prepared for scenarios that did not run (a run stopped early, a failed contract), once each
     * preparation in flight is done: nothing it makes is left behind.
     */
    @Override
    public void close() {
        List<FutureTask<@Nullable ScenarioRun>> unused = new ArrayList<>();
        synchronized (this) {
            closed = true;
            begun.forEach((instance, preparation) -> {
                if (!taken.containsKey(instance)) unused.add(preparation);
            });
        }
        for (FutureTask<@Nullable ScenarioRun> preparation : unused) {
            preparation.run(); // one not begun makes nothing now; one in flight finishes, and then goes
            try {
                ScenarioRun prepared = preparation.get();
                if (prepared != null) prepared.close();
            } catch (ExecutionException failed) {
                LOG.debug("a scenario prepared ahead failed, and did not run", failed.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // the run's own removal by label still comes
            }
        }
        if (ahead != null) {
            ahead.shutdown();
        }
    }
}
