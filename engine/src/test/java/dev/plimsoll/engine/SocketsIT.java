package dev.plimsoll.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * {@code is socket} on a running container (which Docker's archive leaves out), and {@code mount docker socket}: the
 * report says the scenario had it, what the subject created through it is listed and removed with it, and a
 * container made elsewhere that it only started is listed and left alone.
 */
class SocketsIT {
    private static final String SOCKET = "checks a socket in the running container";
    private static final String STARTS = "starts a container through the Docker socket";
    private static final String ELSEWHERE = "plimsoll-eits-made-elsewhere";
    private static ContractResults sockets;
    private static List<String> elsewhereAfterRun;

    @BeforeAll
    static void runContract() {
        // Someone's own container, made outside plimsoll (without the ITs' label, so the leftover check ignores it).
        ItDocker.docker("create", "--name", ELSEWHERE, "debian:bookworm-slim", "sleep", "600");
        try {
            // ContractResults also fails on any container left with the ITs' label, which the created child carries.
            sockets = ContractResults.run("sockets.contract");
            elsewhereAfterRun = ItDocker.docker("ps", "-a", "-q", "--filter", "name=^" + ELSEWHERE + "$");
        } finally {
            ItDocker.docker("rm", "-f", ELSEWHERE);
        }
    }

    @Test
    void aContainerMadeElsewhereThatTheSubjectStartedIsListedAndLeftAlone() {
        String scenario = "starts a container that someone else made";
        sockets.passed(scenario, "wait for log \"started " + ELSEWHERE + "\" within 20s");
        assertThat(socketEntries(scenario))
                .containsExactly("mounted at /var/run/docker.sock; containers created through it (removed with the"
                        + " scenario): none; containers made elsewhere that it started (left as they are): "
                        + ELSEWHERE);
        assertThat(elsewhereAfterRun)
                .as("the container made elsewhere, after the run")
                .hasSize(1);
    }

    @Test
    void aSocketIsASocketAndNothingElseIs() {
        sockets.passed(SOCKET, "expect file \"/tmp/app.sock\" is socket");
        sockets.passed(SOCKET, "expect file \"/tmp/app.sock\" is socket owned by \"root:root\"");
        assertThat(sockets.failed(SOCKET, "expect file \"/tmp/app.sock\" owned by \"nobody\""))
                .contains("owner: expected 'nobody', got 'root' (0)");
        assertThat(sockets.failed(SOCKET, "expect file \"/etc/hostname\" is socket"))
                .contains("type: expected socket, got regular file");
        assertThat(sockets.failed(SOCKET, "expect file \"/tmp/app.sock\" is regular file"))
                .contains("type: expected regular file, got socket");
        assertThat(sockets.failed(SOCKET, "expect file \"/tmp/none.sock\" is socket"))
                .contains("'/tmp/none.sock' does not exist");
    }

    @Test
    void theContainerStartedThroughTheSocketIsReportedAndRemoved() {
        sockets.passed(STARTS, "wait for log \"started child\" within 20s");
        String report = socketEntries(STARTS).get(0);
        assertThat(report).startsWith("mounted at /var/run/docker.sock; containers created through it");
        assertOnlyChildIsGone(report);
    }

    @Test
    void aContainerCreatedThroughTheSocketButNeverStartedIsReportedAndRemoved() {
        String scenario = "creates a container through the Docker socket and never starts it";
        sockets.passed(scenario, "wait for log \"created child\" within 20s");
        assertOnlyChildIsGone(socketEntries(scenario).get(0));
    }

    /** The report names exactly one container, and it no longer exists. */
    private static void assertOnlyChildIsGone(String report) {
        Matcher child =
                Pattern.compile("removed with the scenario\\): ([0-9a-f]{12})$").matcher(report);
        assertThat(child.find()).as(report).isTrue();
        assertThat(ItDocker.docker("ps", "-a", "-q", "--no-trunc", "--filter", "id=" + child.group(1)))
                .as("the child container after the run")
                .isEmpty();
    }

    @Test
    void aScenarioGivenTheSocketSaysSoEvenWhenItStartsNothing() {
        assertThat(socketEntries("has the Docker socket and starts nothing"))
                .containsExactly("mounted at /var/run/docker.sock; containers created through it (removed with the"
                        + " scenario): none");
        assertThat(socketEntries(SOCKET)).isEmpty();
    }

    private static List<String> socketEntries(String scenario) {
        return sockets.raw().allEvents().stream()
                .filter(event -> event.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
                .filter(event -> event.getTestDescriptor().getDisplayName().equals(scenario))
                .map(SocketsIT::entry)
                .flatMap(entry -> entry.getKeyValuePairs().entrySet().stream())
                .filter(pair -> pair.getKey().equals("docker socket"))
                .map(pair -> pair.getValue())
                .toList();
    }

    private static ReportEntry entry(Event event) {
        return event.getPayload(ReportEntry.class).orElseThrow();
    }
}
