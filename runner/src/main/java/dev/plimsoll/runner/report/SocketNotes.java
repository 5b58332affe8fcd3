package dev.plimsoll.runner.report;

import dev.plimsoll.engine.run.ScenarioRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.TestIdentifier;

/**
 * What the engine says of a scenario that had {@code mount docker socket}: that the socket was mounted and which
 * containers the subject started through it. Every report shows it, since a test with the Docker socket can do
 * anything to the engine.
 */
record SocketNotes(TestIdentifier scenario, String text) {

    /** The report entry key under which a scenario publishes it. */
    static final String KEY = ScenarioRun.DOCKER_SOCKET_ENTRY;

    static List<SocketNotes> of(Results results) {
        List<SocketNotes> notes = new ArrayList<>();
        for (TestIdentifier identifier : results.withEntries()) {
            results.entries(identifier).stream()
                    .map(entry -> entry.getKeyValuePairs().get(KEY))
                    .filter(text -> text != null)
                    .forEach(text -> notes.add(new SocketNotes(identifier, text)));
        }
        return notes;
    }

    /** The scenario's names below its contract, e.g. {@code starts a worker} or {@code matrix › [TAG=1]}. */
    String scenarioName(Results results) {
        List<String> names = new ArrayList<>();
        results.scenarios(scenario).forEach(outer -> names.add(outer.getDisplayName()));
        names.add(scenario.getDisplayName());
        return String.join(ConsoleReporter.SEPARATOR, names);
    }

    /** One line for people: {@code docker socket: file › scenario: mounted at …}. */
    String line(Results results, Locations locations) {
        String contract = results.contractOf(scenario).map(locations::file).orElse("");
        return KEY + ": " + contract + ConsoleReporter.SEPARATOR + scenarioName(results) + ": " + text;
    }
}
