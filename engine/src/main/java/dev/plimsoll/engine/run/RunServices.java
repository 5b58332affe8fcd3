package dev.plimsoll.engine.run;

import dev.plimsoll.engine.Deadlines;
import dev.plimsoll.engine.EngineConfiguration;
import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.engine.docker.DockerSettings;
import dev.plimsoll.grammar.Variables;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every contract of one engine run shares: the Docker connection, the configured deadlines and the variables
 * from the runner and the environment.
 */
public final class RunServices implements AutoCloseable {
    private final Docker docker;
    private final Deadlines deadlines;
    private final int logTail;
    private final Variables variables;
    private final AtomicInteger scenarioCounter = new AtomicInteger();

    private RunServices(Docker docker, Deadlines deadlines, int logTail, Variables variables) {
        this.docker = docker;
        this.deadlines = deadlines;
        this.logTail = logTail;
        this.variables = variables;
    }

    /** Connects to Docker; throws {@code DockerUnavailableException} with one sentence when no engine answers. */
    public static RunServices connect(EngineConfiguration configuration) {
        Deadlines deadlines = configuration.deadlines();
        Variables variables = Variables.of(System.getenv()).with(configuration.variables());
        Docker docker = Docker.connect(DockerSettings.fromEnvironment(configuration.dockerHost()));
        return new RunServices(docker, deadlines, configuration.logTail(), variables);
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

    /** A short name unique in this run, for networks and volumes of one scenario. */
    String nextScenarioName() {
        String run = docker.runLabels().getOrDefault("dev.plimsoll.run", "run");
        return "plimsoll-" + run.substring(0, Math.min(8, run.length())) + "-" + scenarioCounter.incrementAndGet();
    }

    /** Removes whatever this run still has in Docker (a safety net: scenarios clean up after themselves). */
    @Override
    public void close() {
        try {
            docker.removeAll(docker.runLabels());
        } finally {
            docker.close();
        }
    }
}
