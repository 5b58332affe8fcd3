package dev.plimsoll.engine;

import dev.plimsoll.engine.descriptor.ContractSecrets;
import dev.plimsoll.engine.descriptor.MaskingThrowableCollector;
import dev.plimsoll.engine.descriptor.PlimsollEngineDescriptor;
import dev.plimsoll.engine.descriptor.RunContext;
import dev.plimsoll.engine.discovery.DiscoverySelectorResolver;
import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.engine.docker.DockerSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.config.PrefixedConfigurationParameters;
import org.junit.platform.engine.support.hierarchical.ForkJoinPoolHierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.ThrowableCollector;

/**
 * The plimsoll engine: discovers {@code .contract} files and checks each promise in them against real containers.
 * The pipeline is {@code source → parse → AST → validate} at discovery, {@code plan → execute} in the descriptors,
 * and reporting through the JUnit Platform.
 */
public final class PlimsollTestEngine extends HierarchicalTestEngine<RunContext> {
    private final Function<DockerSettings, Docker> connector;
    private final Path probeRoot;

    /** The engine as the JUnit Platform finds it: against the Docker engine the settings name. */
    public PlimsollTestEngine() {
        this(Docker::connect);
    }

    /** An engine whose Docker comes from {@code connector}: unit tests give it an in-memory fake. */
    public PlimsollTestEngine(Function<DockerSettings, Docker> connector) {
        this(connector, Path.of("/"));
    }

    /**
     * An engine that looks for the signs of running inside a container ({@code /.dockerenv}, {@code
     * /proc/self/mountinfo}, ...) under {@code probeRoot} instead of {@code /}: unit tests give it a folder.
     */
    public PlimsollTestEngine(Function<DockerSettings, Docker> connector, Path probeRoot) {
        this.connector = connector;
        this.probeRoot = probeRoot;
    }

    @Override
    public String getId() {
        return Constants.ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.plimsoll");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("plimsoll-engine");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        PlimsollEngineDescriptor engine = new PlimsollEngineDescriptor(uniqueId);
        DiscoverySelectorResolver.resolve(request, engine);
        return engine;
    }

    @Override
    protected HierarchicalTestExecutorService createExecutorService(ExecutionRequest request) {
        EngineConfiguration configuration = new EngineConfiguration(request.getConfigurationParameters());
        if (!configuration.parallel()) {
            return super.createExecutorService(request);
        }
        return new ForkJoinPoolHierarchicalTestExecutorService(new PrefixedConfigurationParameters(
                request.getConfigurationParameters(), Constants.PARALLEL_CONFIG_PREFIX));
    }

    /** Every failure leaves the engine through a collector: there, secrets are masked. */
    @Override
    protected ThrowableCollector.Factory createThrowableCollectorFactory(ExecutionRequest request) {
        Secrets secrets = secrets(request);
        return () -> new MaskingThrowableCollector(secrets);
    }

    @Override
    protected RunContext createExecutionContext(ExecutionRequest request) {
        EngineConfiguration configuration = new EngineConfiguration(request.getConfigurationParameters());
        return RunContext.of(
                configuration, request.getEngineExecutionListener(), connector, probeRoot, secrets(request));
    }

    /** Found from the tree and the configuration, and registered for the runner's log output. */
    private static Secrets secrets(ExecutionRequest request) {
        EngineConfiguration configuration = new EngineConfiguration(request.getConfigurationParameters());
        Secrets secrets = ContractSecrets.of(request.getRootTestDescriptor(), configuration);
        secrets.register();
        return secrets;
    }
}
