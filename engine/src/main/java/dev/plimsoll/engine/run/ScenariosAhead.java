package dev.plimsoll.engine.run;

import dev.plimsoll.grammar.ast.ScenarioInstance;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A contract's scenarios, each {@linkplain ScenarioRun#prepare prepared} (network, services started and ready,
 * subject created) while the one before it runs its steps, so that its turn only has to start the subject. Only the
 * subject's start begins a scenario's clock, so no promise is judged by time spent waiting for its turn. Once the
 * last scenario's preparation has begun, the run's next contract's follows ({@code afterLast}).
 */
final class ScenariosAhead implements AutoCloseable {
    /**
     * Scenarios prepared and waiting, at most: two, so that short scenarios with services do not wait for the next
     * one's services (the counter's one by one: 0.45 s less), while a run holds at most two extra sets of them.
     */
    static final int DEPTH = 2;

    private final Lookahead<ScenarioInstance, ScenarioRun> scenarios;
    private final Runnable afterLast;

    /** {@code order}: the scenarios that will run, in the order they are expected to; none: nothing runs ahead. */
    ScenariosAhead(ContractRun contract, List<ScenarioInstance> order, Executor ahead, Runnable afterLast) {
        this.scenarios =
                new Lookahead<>("a scenario", ahead, DEPTH, instance -> ScenarioRun.prepare(contract, instance));
        this.scenarios.plan(order);
        this.afterLast = afterLast;
    }

    /**
     * The scenario's turn: its preparation (made here if it was not made ahead), then the next one's begins in the
     * background, then the subject starts.
     */
    ScenarioRun start(ScenarioInstance instance, ContainerEvents events) {
        ScenarioRun run = scenarios.take(instance);
        prepareNext();
        run.begin(events);
        return run;
    }

    /**
     * Begins preparing the next scenario, or, once the last one's has begun, the next contract's. Called as the
     * contract starts too: a contract without scenarios has the next one prepared during its image checks.
     */
    void prepareNext() {
        scenarios.prepareNext();
        if (scenarios.allBegun()) {
            afterLast.run();
        }
    }

    /** Removes what was prepared for scenarios that did not run. */
    @Override
    public void close() {
        scenarios.close();
    }
}
