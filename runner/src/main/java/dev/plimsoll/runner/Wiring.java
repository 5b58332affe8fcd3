package dev.plimsoll.runner;

import dev.plimsoll.runner.docker.DockerTasks;
import dev.plimsoll.runner.docker.EngineDockerTasks;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the commands depend on, so tests can swap the engine, the parser and Docker.
 *
 * @param engineId the JUnit Platform engine that runs contracts
 * @param terminal whether output goes to a person at a terminal (live progress, colours)
 * @param noColorVariable the value of {@code NO_COLOR}, if set
 */
record Wiring(
        String engineId,
        ContractChecker checker,
        DockerTasks docker,
        Path workingDirectory,
        boolean terminal,
        Optional<String> noColorVariable) {

    static final String ENGINE_ID = "plimsoll";

    static Wiring production() {
        return new Wiring(
                ENGINE_ID,
                ContractChecker.fromGrammar(),
                new EngineDockerTasks(),
                Path.of("").toAbsolutePath(),
                System.console() != null,
                Optional.ofNullable(System.getenv("NO_COLOR")));
    }
}
