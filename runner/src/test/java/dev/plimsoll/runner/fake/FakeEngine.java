package dev.plimsoll.runner.fake;

import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Stands in for the real plimsoll engine in runner tests: reads {@link FakeContract} files and produces
 * passing, failing, skipped and aborted tests with file positions and report entries, without Docker.
 */
public final class FakeEngine implements TestEngine {

    public static final String ID = "plimsoll-fake";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "plimsoll (fake)");
        for (FileSelector selector : request.getSelectorsByType(FileSelector.class)) {
            FakeContract.read(selector.getPath(), engine, request.getDiscoveryListener());
        }
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        EngineExecutionListener listener = request.getEngineExecutionListener();
        TestDescriptor root = request.getRootTestDescriptor();
        listener.executionStarted(root);
        Optional<String> noDocker = root.getChildren().stream()
                .flatMap(contract -> ((FakeDescriptor) contract).logs.stream())
                .filter(log -> log.startsWith("docker-unavailable :: "))
                .map(log -> log.substring("docker-unavailable :: ".length()))
                .findFirst();
        if (noDocker.isPresent()) {
            listener.executionFinished(
                    root,
                    TestExecutionResult.failed(
                            new IllegalStateException(new DockerUnavailableException(noDocker.get()))));
            return;
        }
        for (TestDescriptor contract : root.getChildren()) {
            run((FakeDescriptor) contract, listener, request.getConfigurationParameters());
        }
        listener.executionFinished(root, TestExecutionResult.successful());
    }

    private static void run(FakeDescriptor node, EngineExecutionListener listener, ConfigurationParameters params) {
        if (node.kind.equals("skip")) {
            listener.executionSkipped(node, node.message);
            return;
        }
        listener.executionStarted(node);
        node.entries.forEach((key, value) -> listener.reportingEntryPublished(node, ReportEntry.from(key, value)));
        node.logs.forEach(log -> listener.reportingEntryPublished(node, ReportEntry.from("log", log)));
        if (node.kind.equals("scenario-fail")) {
            listener.executionFinished(node, TestExecutionResult.failed(new AssertionFailedError(node.message)));
            return;
        }
        List<TestDescriptor> children = List.copyOf(node.getChildren());
        for (int i = 0; i <= children.size(); i++) {
            int before = i;
            node.moments.stream()
                    .filter(moment -> moment.getKey() == before)
                    .forEach(moment -> listener.reportingEntryPublished(node, ReportEntry.from(moment.getValue())));
            if (i < children.size()) run((FakeDescriptor) children.get(i), listener, params);
        }
        listener.executionFinished(node, result(node, params));
    }

    private static TestExecutionResult result(FakeDescriptor node, ConfigurationParameters params) {
        return switch (node.kind) {
            case "fail" -> TestExecutionResult.failed(new AssertionFailedError(node.message));
            case "error" -> TestExecutionResult.failed(new IllegalStateException(node.message));
            case "abort" -> TestExecutionResult.aborted(new TestAbortedException(node.message));
            case "param" -> parameter(node.getDisplayName().substring("param ".length()), params);
            default -> TestExecutionResult.successful();
        };
    }

    private static TestExecutionResult parameter(String expectation, ConfigurationParameters params) {
        String[] parts = expectation.split(" = ", 2);
        Optional<String> actual = params.get(parts[0]);
        return actual.equals(Optional.of(parts[1]))
                ? TestExecutionResult.successful()
                : TestExecutionResult.failed(new AssertionFailedError(parts[0] + " was " + actual.orElse("unset")));
    }
}
