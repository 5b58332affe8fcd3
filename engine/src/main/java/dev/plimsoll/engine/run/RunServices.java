package dev.plimsoll.engine.run;

import dev.plimsoll.engine.Deadlines;
import dev.plimsoll.engine.EngineConfiguration;
import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.engine.docker.DockerSettings;
import dev.plimsoll.engine.docker.DockerUnavailableException;
import dev.plimsoll.engine.docker.RunGuard;
import dev.plimsoll.grammar.Variables;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every contract of one engine run shares: the Docker connection, the configured deadlines and the variables
 * from the runner and the environment.
 */
public final class RunServices implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunServices.class);
    private final Docker docker;
    private final Deadlines deadlines;
    private final int logTail;
    private final Variables variables;
    private final RunGuard guard;
    private final PortReach reach;
    private final boolean prepareAhead;
    // Contracts and scenarios prepared ahead (see Lookahead), one at a time: they never compete with each other.
    private final ExecutorService ahead = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "plimsoll-ahead");
        thread.setDaemon(true);
        return thread;
    });
    private final Lookahead<ContractPlan, ContractRun> contracts =
            new Lookahead<>("a contract", ahead, 1, plan -> ContractRun.prepare(this, plan));
    private final AtomicInteger scenarioCounter = new AtomicInteger();
    // Scenarios end by handing their containers, network and volumes to this thread, so the next scenario starts
    // while Docker removes the last one's; the run waits for all removals before it ends.
    private final ExecutorService cleanup = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "plimsoll-cleanup");
        thread.setDaemon(true);
        return thread;
    });

    private RunServices(
            Docker docker,
            RunGuard guard,
            PortReach reach,
            Deadlines deadlines,
            int logTail,
            Variables variables,
            boolean prepareAhead) {
        this.docker = docker;
        this.prepareAhead = prepareAhead;
        this.guard = guard;
        this.reach = reach;
        this.deadlines = deadlines;
        this.logTail = logTail;
        this.variables = variables;
    }

    /**
     * Connects to Docker; throws {@code DockerUnavailableException} with one sentence when no engine answers. Signs of
     * running inside a container are read under {@code probeRoot} ({@code /} outside tests).
     */
    public static RunServices connect(
            EngineConfiguration configuration, Function<DockerSettings, Docker> connector, Path probeRoot) {
        Deadlines deadlines = configuration.deadlines();
        Variables variables = configuration.contractVariables();
        DockerSettings settings = DockerSettings.fromEnvironment(configuration.dockerHost());
        Docker docker = connector.apply(settings);
        // A reaper for a killed process, a handle for the runner's signal handler, a sweep of runs left over.
        RunGuard guard = RunGuard.start(docker, settings);
        PortReach reach;
        try {
            reach = PortReach.decide(
                    PortReach.override(configuration.hostOverride(), System.getenv()),
                    ContainerHints.read(probeRoot),
                    docker);
        } catch (RuntimeException | Error e) {
            guard.close();
            docker.close();
            throw e;
        }
        LOG.debug("run {}: {}", docker.runLabels().getOrDefault("dev.plimsoll.run", "?"), reach.describe());
        return new RunServices(
                docker, guard, reach, deadlines, configuration.logTail(), variables, configuration.prepareAhead());
    }

    public Docker docker() {
        return docker;
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    public int logTail() {
        return logTail;
    }

    public Variables variables() {
        return variables;
    }

    /** Whether each contract prepares its next scenario while one runs (see {@link ScenariosAhead}). */
    boolean prepareAhead() {
        return prepareAhead;
    }

    /** The contracts that will run, in order: each is prepared after the last scenario of the one before it. */
    public void planContracts(List<ContractPlan> plans) {
        if (prepareAhead) {
            contracts.plan(plans);
        }
    }

    /**
     * A contract's turn: its image built or found (ahead, or now), its first scenario being prepared. A failure says
     * why (build log tail, missing image). Give the same {@code plan} as to {@link #planContracts}.
     */
    public ContractRun startContract(ContractPlan plan) {
        return contracts.take(plan);
    }

    /** Where contracts and scenarios are prepared ahead: one thread for the run. */
    Executor ahead() {
        return ahead;
    }

    /** Begins preparing the next contract, if none is waiting: the current one's last scenario is being prepared. */
    void prepareNextContract() {
        contracts.prepareNext();
    }

    /** How this run reaches its containers' ports, and the Docker host's paths for bind mounts. */
    PortReach reach() {
        return reach;
    }

    /** A short name unique in this run, for networks and volumes of one scenario. */
    String nextScenarioName() {
        String run = docker.runLabels().getOrDefault("dev.plimsoll.run", "run");
        return "plimsoll-" + run.substring(0, Math.min(8, run.length())) + "-" + scenarioCounter.incrementAndGet();
    }

    /** Removes {@code objects} of a finished scenario in the background; {@link #close} waits for it. */
    void removeLater(Runnable objects) {
        cleanup.execute(() -> {
            try {
                objects.run();
            } catch (DockerUnavailableException lost) {
                LOG.debug("not removing a scenario's containers: {}", lost.getMessage()); // the run says it once
            } catch (RuntimeException e) {
                LOG.warn(
                        "could not remove a scenario's containers; the end of the run tries again: {}", e.getMessage());
            }
        });
    }

    /** Waits for the scenarios' removals, then removes whatever this run still has in Docker (a safety net). */
    @Override
    public void close() {
        try {
            contracts.close(); // hands what was prepared for contracts that did not run to the cleanup below
            ahead.shutdown();
            cleanup.shutdown();
            if (!cleanup.awaitTermination(2, TimeUnit.MINUTES)) {
                LOG.warn("removing the scenarios' containers took over 2 minutes; removing what is left by label");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                docker.removeAll(docker.runLabels());
            } finally {
                guard.close();
                docker.close();
            }
        }
    }
}
