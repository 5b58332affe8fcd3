package dev.plimsoll.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import dev.plimsoll.engine.PlimsollTestEngine;
import dev.plimsoll.engine.docker.FakeDocker;
import dev.plimsoll.engine.docker.FakeDocker.Script;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EventType;

/** The containers' moments that a scenario publishes as report entries, in the order they happen. */
class ContainerEventsTest {
    @TempDir
    Path dir;

    private final FakeDocker docker = new FakeDocker()
            .image("app", Script.logs("app ready"))
            .image("db", Script.logs("db ready"))
            .image("job", Script.logs("done").exitingAtStart(0));

    @Test
    void aScenarioTellsWhenEachContainerIsCreatedStartedReadyAndLetGo() throws Exception {
        List<String> moments = moments(
                """
                image "app"
                service db {
                  image "db"
                  wait for log "db ready"
                }
                scenario "uses db" {
                  wait for log "ready"
                  expect run image "job" exits 0
                }
                """);

        assertThat(moments)
                .containsExactly(
                        "service db created",
                        "service db started",
                        "service db ready",
                        "subject created",
                        "subject started",
                        "run 1 created",
                        "run 1 started",
                        "run 1 removing",
                        "service db removing",
                        "subject removing");
    }

    @Test
    void aServiceThatNeverGetsReadySaysSoAndNoSubjectStarts() throws Exception {
        List<String> moments = moments(
                """
                image "app"
                service db {
                  image "db"
                  wait for log "never" within 100ms
                }
                scenario "uses db" {
                  wait for log "ready"
                }
                """);

        assertThat(moments)
                .containsExactly(
                        "service db created", "service db started", "service db not ready", "service db removing");
    }

    private List<String> moments(String contract) throws Exception {
        Path file = dir.resolve("fake.contract");
        Files.writeString(file, contract);
        return EngineTestKit.engine(new PlimsollTestEngine(settings -> docker))
                .configurationParameter("plimsoll.timeout.wait", "2s")
                .selectors(selectFile(file.toFile()))
                .execute()
                .allEvents()
                .stream()
                .filter(event -> event.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
                .filter(entry -> entry.containsKey(ContainerEvents.EVENT))
                .map(ContainerEventsTest::moment)
                .toList();
    }

    private static String moment(Map<String, String> entry) {
        assertThat(entry.get(ContainerEvents.ID)).isNotBlank();
        return entry.get(ContainerEvents.CONTAINER) + " " + entry.get(ContainerEvents.EVENT);
    }
}
