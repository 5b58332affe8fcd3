package dev.plimsoll.engine.descriptor;

import dev.plimsoll.engine.EngineConfiguration;
import dev.plimsoll.engine.Secrets;
import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.engine.docker.DockerSettings;
import dev.plimsoll.engine.docker.ImageInfo;
import dev.plimsoll.engine.run.ContractRun;
import dev.plimsoll.engine.run.RunServices;
import dev.plimsoll.engine.run.ScenarioRun;
import java.nio.file.Path;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What a descriptor needs while it runs, filled in level by level: the run's services, then the contract, then the
 * image's metadata or the scenario. Each level returns a new context; none is shared across siblings.
 */
public final class RunContext implements EngineExecutionContext {
    private final EngineConfiguration configuration;
    private final EngineExecutionListener listener;
    private final Function<DockerSettings, Docker> connector;
    private final Path probeRoot;
    private final Secrets secrets;
    private final @Nullable RunServices services;
    private final @Nullable ContractRun contract;
    private final @Nullable ImageInfo image;
    private final @Nullable ScenarioRun scenario;

    private RunContext(
            EngineConfiguration configuration,
            EngineExecutionListener listener,
            Function<DockerSettings, Docker> connector,
            Path probeRoot,
            Secrets secrets,
            @Nullable RunServices services,
            @Nullable ContractRun contract,
            @Nullable ImageInfo image,
            @Nullable ScenarioRun scenario) {
        this.configuration = configuration;
        this.listener = listener;
        this.connector = connector;
        this.probeRoot = probeRoot;
        this.secrets = secrets;
        this.services = services;
        this.contract = contract;
        this.image = image;
        this.scenario = scenario;
    }

    /** Report entries published through this context have {@code secrets} masked. */
    public static RunContext of(
            EngineConfiguration configuration,
            EngineExecutionListener listener,
            Function<DockerSettings, Docker> connector,
            Path probeRoot,
            Secrets secrets) {
        return new RunContext(
                configuration,
                new MaskingListener(listener, secrets),
                connector,
                probeRoot,
                secrets,
                null,
                null,
                null,
                null);
    }

    /** Secrets masked, for text that leaves the engine by another way than a failure or a report entry. */
    String mask(String text) {
        return secrets.mask(text);
    }

    /** How this run reaches Docker: {@code Docker::connect}, or a fake in unit tests. */
    Function<DockerSettings, Docker> connector() {
        return connector;
    }

    /** Where this run looks for signs of running inside a container: {@code /}, or a folder in unit tests. */
    Path probeRoot() {
        return probeRoot;
    }

    /** Where a test publishes report entries, such as the log tail of a failure. */
    EngineExecutionListener listener() {
        return listener;
    }

    EngineConfiguration configuration() {
        return configuration;
    }

    RunContext withServices(RunServices value) {
        return new RunContext(configuration, listener, connector, probeRoot, secrets, value, contract, image, scenario);
    }

    RunContext withContract(ContractRun value) {
        return new RunContext(configuration, listener, connector, probeRoot, secrets, services, value, image, scenario);
    }

    RunContext withImage(ImageInfo value) {
        return new RunContext(
                configuration, listener, connector, probeRoot, secrets, services, contract, value, scenario);
    }

    RunContext withScenario(ScenarioRun value) {
        return new RunContext(configuration, listener, connector, probeRoot, secrets, services, contract, image, value);
    }

    RunServices services() {
        return present(services, "services");
    }

    ContractRun contract() {
        return present(contract, "contract");
    }

    ImageInfo image() {
        return present(image, "image");
    }

    ScenarioRun scenario() {
        return present(scenario, "scenario");
    }

    /** Null only before that level ran, and then it is a bug in the tree, not bad input. */
    private static <T> T present(@Nullable T value, String what) {
        if (value == null) {
            throw new IllegalStateException("no " + what + " in this context");
        }
        return value;
    }
}
