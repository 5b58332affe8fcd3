package dev.plimsoll.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * Runs one contract of {@code src/test/resources/it} through the engine and finds its tests by display name,
 * optionally inside a scenario. Each run is checked for leftovers, so a leak is blamed on the contract that made it.
 */
final class ContractResults {
    static final Path IT = Path.of("src/test/resources/it");

    private final String contract;
    private final EngineExecutionResults results;

    private ContractResults(String contract, EngineExecutionResults results) {
        this.contract = contract;
        this.results = results;
    }

    /** {@code parameters} alternate key and value. */
    static ContractResults run(String contract, String... parameters) {
        ItDocker.ensureImageCached();
        Map<String, String> configuration = new HashMap<>();
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            configuration.put(parameters[i], parameters[i + 1]);
        }
        Set<String> idleBefore = ItDocker.idlePlimsollNetworks();
        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .configurationParameters(configuration)
                .selectors(selectFile(IT.resolve(contract).toFile()))
                .execute();
        Set<String> idleAfter = new HashSet<>(ItDocker.idlePlimsollNetworks());
        idleAfter.removeAll(idleBefore);
        assertThat(ItDocker.leftovers()).as("left behind by %s", contract).isEmpty();
        assertThat(idleAfter).as("networks left behind by %s", contract).isEmpty();
        return new ContractResults(contract, results);
    }

    EngineExecutionResults raw() {
        return results;
    }

    /** The line where the test is written, as failure messages show it: {@code it/x.contract:12}. */
    String at(int line) {
        return IT.resolve(contract) + ":" + line;
    }

    void passed(String name) {
        assertThat(status(finished(null, name))).as(name).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    }

    void passed(String scenario, String name) {
        assertThat(status(finished(scenario, name)))
                .as("%s / %s: %s", scenario, name, message(finished(scenario, name)))
                .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    }

    String failed(String name) {
        return failed(null, name);
    }

    /** The failure message of the test, which must have failed. */
    String failed(String scenario, String name) {
        Event event = finished(scenario, name);
        assertThat(status(event)).as("%s / %s", scenario, name).isEqualTo(TestExecutionResult.Status.FAILED);
        return message(event);
    }

    /** The reason the test was skipped, which it must have been. */
    String skipped(String scenario, String name) {
        List<Event> events = matching(EventType.SKIPPED, scenario, name);
        assertThat(events).as("skipped %s / %s in %s", scenario, name, names()).hasSize(1);
        return events.get(0).getPayload(String.class).orElse("");
    }

    private Event finished(String scenario, String name) {
        List<Event> events = matching(EventType.FINISHED, scenario, name);
        assertThat(events).as("finished %s / %s in %s", scenario, name, names()).hasSize(1);
        return events.get(0);
    }

    private List<Event> matching(EventType type, String scenario, String name) {
        return results.allEvents().stream()
                .filter(event -> event.getType() == type)
                .filter(event -> event.getTestDescriptor().getDisplayName().equals(name))
                .filter(event -> scenario == null || inside(event.getTestDescriptor(), scenario))
                .toList();
    }

    private static boolean inside(TestDescriptor descriptor, String scenario) {
        return descriptor
                .getParent()
                .map(parent -> parent.getDisplayName().equals(scenario) || inside(parent, scenario))
                .orElse(false);
    }

    private List<String> names() {
        return results.allEvents().stream()
                .filter(event -> event.getType() == EventType.FINISHED || event.getType() == EventType.SKIPPED)
                .map(event -> event.getTestDescriptor().getDisplayName() + " [" + event.getType() + "]")
                .toList();
    }

    private static TestExecutionResult.Status status(Event event) {
        return event.getRequiredPayload(TestExecutionResult.class).getStatus();
    }

    private static String message(Event event) {
        return event.getRequiredPayload(TestExecutionResult.class)
                .getThrowable()
                .map(Throwable::getMessage)
                .orElse("");
    }
}
