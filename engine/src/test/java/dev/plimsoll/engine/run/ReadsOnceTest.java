package dev.plimsoll.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.docker.FakeDocker;
import dev.plimsoll.engine.docker.FakeDocker.Script;
import dev.plimsoll.engine.docker.FileEntry;
import dev.plimsoll.engine.docker.FileEntry.Type;
import dev.plimsoll.engine.docker.ImageAccounts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Docker calls that checks of one scenario or contract share: account tables and image files are read once. */
class ReadsOnceTest {
    @TempDir
    Path dir;

    private final FakeDocker docker = new FakeDocker()
            .image("app", Script.logs("app ready"))
            .accounts(
                    "app",
                    ImageAccounts.parse("root:x:0:0::/:/bin/sh\napp:x:1000:1000::/:/bin/sh", "root:x:0:\napp:x:1000:"))
            .files(
                    "app",
                    directory("/etc"),
                    file("/etc/app.conf", "port=8080\n", 0),
                    file("/etc/motd", "hello\n", 1000),
                    directory("/srv"),
                    file("/srv/index.html", "<h1>greeter</h1>", 1000));

    @Test
    void threeProcessChecksReadTheAccountsOnceAndARecreateReadsThemAgain() {
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                scenario "users" {
                  expect process "init" runs as "root"
                  expect process "init" runs as "root:root"
                  expect process "init" runs as "0"
                  recreate
                  expect process "init" runs as "root"
                  expect process "init" runs as "root"
                }
                """);

        assertThat(run.outcomes()).hasSize(6).allMatch(outcome -> outcome.startsWith("✓"));
        assertThat(docker.count("top ")).isEqualTo(5);
        assertThat(docker.count("accounts c1")).isOne();
        assertThat(docker.count("accounts c2")).isOne();
    }

    @Test
    void aRestartForgetsTheAccountsOfItsContainer() {
        FakeRun.of(
                docker,
                dir,
                """
                image "app"
                scenario "restarted" {
                  expect process "init" runs as "root"
                  restart
                  expect process "init" runs as "root"
                  expect file "/etc/motd" owned by "app"
                }
                """);

        assertThat(docker.count("accounts c1")).isEqualTo(2);
    }

    @Test
    void aFailingCheckReadsTheAccountsAgainOnceAndKeepsItsMessage() {
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                scenario "wrong user" {
                  expect process "init" runs as "app"
                }
                """);

        assertThat(run.outcomes()).singleElement().asString().startsWith("✗").contains("app");
        assertThat(docker.count("accounts c1")).isEqualTo(2);
    }

    @Test
    void fileChecksInAContainerShareItsAccounts() {
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                scenario "files" {
                  expect file "/etc/app.conf" owned by "root"
                  expect file "/etc/motd" owned by "app:app"
                  expect file "/srv/index.html" contains "greeter"
                }
                """);

        assertThat(run.outcomes()).hasSize(3).allMatch(outcome -> outcome.startsWith("✓"));
        assertThat(docker.count("readPath c1 ")).isEqualTo(3);
        assertThat(docker.count("accounts c1")).isOne();
    }

    @Test
    void fileChecksThatNameNoOwnerReadNoAccounts() {
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                file "/etc/app.conf" mode 0644
                scenario "files" {
                  expect file "/srv/index.html" contains "greeter"
                  expect file "/etc/motd" mode 0644
                }
                """);

        assertThat(run.outcomes()).hasSize(3).allMatch(outcome -> outcome.startsWith("✓"));
        assertThat(docker.count("accounts")).isZero();
    }

    @Test
    void imageFileChecksReadEachPathOnceAndAnswerPathsBelowAReadDirectoryFromIt() {
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                file "/etc" is directory
                file "/etc/app.conf" contains "port=8080"
                file "/etc/motd" owned by "app"
                file "/srv/index.html" contains "greeter"
                file "/srv/missing" absent
                """);

        assertThat(run.outcomes()).hasSize(5).allMatch(outcome -> outcome.startsWith("✓"));
        assertThat(docker.calls())
                .filteredOn(call -> call.startsWith("readPath"))
                .containsExactlyInAnyOrder(
                        "readPath c1 /etc", "readPath c1 /srv/index.html", "readPath c1 /srv/missing");
    }

    @Test
    void fileChecksLeftOutOfTheRunAreNotReadAhead() throws Exception {
        java.nio.file.Path file = dir.resolve("app.contract");
        java.nio.file.Files.writeString(
                file,
                """
                image "app"
                file "/etc/motd" owned by "app"
                scenario "only this" {
                  wait for log "ready"
                }
                """);

        org.junit.platform.testkit.engine.EngineTestKit.engine(
                        new dev.plimsoll.engine.PlimsollTestEngine(settings -> docker))
                .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectFile(
                        file.toFile(), org.junit.platform.engine.discovery.FilePosition.from(4)))
                .execute();

        assertThat(docker.calls()).as("the run had only the scenario").noneMatch(call -> call.startsWith("readPath"));
        assertThat(docker.count("accounts")).isZero();
    }

    @Test
    void readsAheadAreOnePerPathNotBelowAnotherAndAnswerLaterAsks() throws Exception {
        String container = docker.create(
                dev.plimsoll.engine.docker.ContainerSpec.builder("app").build());
        ImageFiles files = new ImageFiles(docker, container);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            files.readAhead(List.of("/etc/app.conf", "/etc", "/srv/index.html"), pool);

            assertThat(files.read("/etc/app.conf"))
                    .first()
                    .extracting(FileEntry::path)
                    .isEqualTo("/etc/app.conf");
            assertThat(files.read("/srv/index.html")).hasSize(1);
            assertThat(docker.calls())
                    .filteredOn(call -> call.startsWith("readPath"))
                    .containsExactlyInAnyOrder("readPath c1 /etc", "readPath c1 /srv/index.html");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anImageFileCheckServedFromADirectoryReadFailsWithTheSameMessage() {
        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                file "/etc" exists
                file "/etc/motd" owned by "root"
                """);
        FakeRun alone = FakeRun.of(
                new FakeDocker()
                        .image("app", Script.logs("app ready"))
                        .accounts(
                                "app",
                                ImageAccounts.parse(
                                        "root:x:0:0::/:/bin/sh\napp:x:1000:1000::/:/bin/sh", "root:x:0:\napp:x:1000:"))
                        .files("app", directory("/srv"), file("/etc/motd", "hello\n", 1000)),
                dir,
                """
                image "app"
                file "/srv" exists
                file "/etc/motd" owned by "root"
                """);

        assertThat(run.outcomes())
                .filteredOn(outcome -> outcome.startsWith("✗"))
                .singleElement()
                .asString()
                .contains("owner: expected 'root', got 'app' (1000)")
                .isEqualTo(alone.outcomes().stream()
                        .filter(outcome -> outcome.startsWith("✗"))
                        .findFirst()
                        .orElseThrow());
        assertThat(docker.count("readPath")).isOne();
    }

    @Test
    void aHardLinkInADirectoryReadIsReadByItself() {
        FakeDocker linked = new FakeDocker()
                .image("app", Script.logs("app ready"))
                .files(
                        "app",
                        directory("/bin"),
                        new FileEntry("/bin/sh", Type.FILE, 0755, 0, 0, Optional.empty(), 0, Optional.empty()));

        FakeRun.of(
                linked,
                dir,
                """
                image "app"
                file "/bin" exists
                file "/bin/sh" exists
                """);

        assertThat(linked.count("readPath")).isEqualTo(2);
    }

    @Test
    void aServiceImageIsInspectedOncePerContractNotPerScenario() {
        docker.image("cache", Script.logs("cache ready"));

        FakeRun run = FakeRun.of(
                docker,
                dir,
                """
                image "app"
                service cache {
                  image "cache"
                }
                scenario "one" {
                  wait for log "ready"
                }
                scenario "two" {
                  wait for log "ready"
                }
                scenario "three" {
                  wait for log "ready"
                }
                """);

        assertThat(run.outcomes()).hasSize(3).allMatch(outcome -> outcome.startsWith("✓"));
        assertThat(docker.calls())
                .filteredOn(call -> call.equals("create cache"))
                .hasSize(3);
        assertThat(docker.calls())
                .filteredOn(call -> call.equals("inspectImage cache"))
                .hasSize(4); // ensured once per scenario, inspected for its ports once
    }

    private static FileEntry directory(String path) {
        return new FileEntry(path, Type.DIRECTORY, 0755, 0, 0, Optional.empty(), 4096, Optional.empty());
    }

    private static FileEntry file(String path, String content, int owner) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new FileEntry(path, Type.FILE, 0644, owner, owner, Optional.empty(), bytes.length, Optional.of(bytes));
    }
}
