package dev.plimsoll.engine.run;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import dev.plimsoll.engine.PlimsollTestEngine;
import dev.plimsoll.engine.docker.FakeDocker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** Runs a contract written in a test through the real engine against a {@link FakeDocker}: no Docker, milliseconds. */
final class FakeRun {
    private final EngineExecutionResults results;

    private FakeRun(EngineExecutionResults results) {
        this.results = results;
    }

    /** Run as on the Docker host: no sign of a container is found (see {@link #inContainer}). */
    static FakeRun of(FakeDocker docker, Path directory, String contract) {
        return inContainer(docker, directory, contract, directory.resolve("no-container-signs"));
    }

    /** Run with the signs of a container (or none) read under {@code probeRoot}, not the machine's own. */
    static FakeRun inContainer(FakeDocker docker, Path directory, String contract, Path probeRoot) {
        Path file = directory.resolve("fake.contract");
        try {
            Files.writeString(file, contract);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FakeRun(EngineTestKit.engine(new PlimsollTestEngine(settings -> docker, probeRoot))
                .configurationParameter("plimsoll.timeout.wait", "2s")
                .selectors(selectFile(file.toFile()))
                .execute());
    }

    /** Each test's display name with how it ended: {@code ✓ name}, {@code ✗ name: message}, {@code ↷ name: reason}. */
    List<String> outcomes() {
        return results.allEvents().stream()
                .filter(event -> event.getTestDescriptor().isTest())
                .filter(event -> event.getType() == EventType.FINISHED || event.getType() == EventType.SKIPPED)
                .map(FakeRun::outcome)
                .toList();
    }

    private static String outcome(Event event) {
        String name = event.getTestDescriptor().getDisplayName();
        if (event.getType() == EventType.SKIPPED) {
            return "↷ " + name + ": " + event.getPayload(String.class).orElse("");
        }
        TestExecutionResult result = event.getPayload(TestExecutionResult.class).orElseThrow();
        Optional<Throwable> thrown = result.getThrowable();
        return switch (result.getStatus()) {
            case SUCCESSFUL -> "✓ " + name;
            case FAILED, ABORTED -> "✗ " + name + ": "
                    + thrown.map(Throwable::getMessage).orElse("");
        };
    }

    /** Containers (scenario level and above) that did not end successfully, with their messages. */
    List<String> containerFailures() {
        return results.containerEvents().failed().stream()
                .map(event -> event.getTestDescriptor().getDisplayName() + ": "
                        + event.getPayload(TestExecutionResult.class)
                                .flatMap(TestExecutionResult::getThrowable)
                                .map(Throwable::getMessage)
                                .orElse(""))
                .toList();
    }
}
