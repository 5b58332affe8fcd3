package dev.plimsoll.engine.step;

import dev.plimsoll.engine.Deadlines;
import dev.plimsoll.engine.check.HttpCall;
import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.Setting;
import dev.plimsoll.grammar.ast.Subject;
import java.util.List;
import java.util.Map;

/**
 * What an executor may use while a scenario runs: its containers by name, its deadlines, and its variables. The
 * scenario behind it owns the containers and the order of steps; executors only act and report.
 */
public interface StepContext {
    Docker docker();

    Deadlines deadlines();

    /** The users and groups of this scenario's containers, read once per container. */
    ContainerAccounts accounts();

    /** The runner's values, the matrix case, {@code UNIQUE} and every value saved by an earlier step. */
    Variables variables();

    /** One HTTP client per scenario, with the scenario's request timeout. */
    HttpCall http();

    /** Where the runner reaches the ports of this scenario's containers. */
    PortAddresses addresses();

    Container subject();

    /** A service of the scenario by the name the contract gives it. */
    Container service(String name);

    /** Every service of the scenario, by name, in the order they started. */
    Map<String, Container> services();

    /**
     * After a container exited: Docker reports the exit before the log stream delivers the last lines, so wait briefly
     * for the stream to end; later output checks and the failure's log tail then see every line.
     */
    void awaitLogEnd(Container container);

    /** Removes the subject and starts a new one with the same settings and volumes. */
    void recreateSubject();

    /** Starts a created or stopped service and waits as its block says; the verdict of the first wait that missed. */
    Verdict startService(String name);

    /**
     * Creates and starts a one-off container of {@code image} on the scenario's network with these settings, as
     * {@code docker compose run} does; {@link #removeClient} removes it, the scenario's end at the latest.
     */
    Container startClient(Subject image, List<Setting> settings);

    void removeClient(Container client);

    /** Keeps {@code value} as {@code ${name}} for the steps after this one. */
    void save(String name, String value);
}
