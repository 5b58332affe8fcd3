package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Files are read from a created, never started container. */
class FilesIT {

    private static DockerJavaBackend docker;
    private static String container;

    @BeforeAll
    static void createApp() {
        docker = TestDocker.connect();
        String image = docker.build(BuildRequest.of(TestDocker.RESOURCES.resolve("app")));
        container = docker.create(ContainerSpec.builder(image).build());
    }

    @AfterAll
    static void cleanUp() {
        TestDocker.cleanUp(docker);
    }

    @Test
    void containerWasNeverStarted() {
        assertThat(docker.state(container).status()).isEqualTo("created");
        assertThat(docker.log(container)).isEmpty();
    }

    @Test
    void readsADirectoryWithOwnerModeAndEverythingBelowIt() {
        List<FileEntry> entries = docker.readPath(container, "/data/");

        assertThat(entries).extracting(FileEntry::path).containsExactly("/data", "/data/greeting");
        FileEntry data = entries.get(0);
        assertThat(data.type()).isEqualTo(FileEntry.Type.DIRECTORY);
        assertThat(data.mode()).isEqualTo(0750);
        assertThat(data.uid()).isEqualTo(1234);
        assertThat(data.gid()).isEqualTo(1234);
        assertThat(data.content()).isEmpty();
    }

    @Test
    void readsAFilesContent() {
        FileEntry greeting = docker.readPath(container, "/data/greeting").get(0);

        assertThat(greeting.path()).isEqualTo("/data/greeting");
        assertThat(greeting.type()).isEqualTo(FileEntry.Type.FILE);
        assertThat(greeting.mode()).isEqualTo(0640);
        assertThat(greeting.size()).isEqualTo(3);
        assertThat(greeting.content()).hasValueSatisfying(bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("hi\n"));
    }

    @Test
    void readsASymlinkAsALink() {
        assertThat(docker.readPath(container, "/usr/local/bin/serve-link"))
                .singleElement()
                .satisfies(link -> {
                    assertThat(link.type()).isEqualTo(FileEntry.Type.SYMLINK);
                    assertThat(link.linkTarget()).contains("/usr/local/bin/serve");
                });
        assertThat(docker.readPath(container, "/usr/local/bin/serve").get(0).mode())
                .isEqualTo(0755);
    }

    @Test
    void aMissingPathIsEmptyNotAnError() {
        assertThat(docker.readPath(container, "/root/.ssh")).isEmpty();
    }

    @Test
    void readsFilesOfAnImageWithoutAShell() {
        String scratch = docker.build(BuildRequest.of(TestDocker.RESOURCES.resolve("scratch")));
        String bare = docker.create(ContainerSpec.builder(scratch).build());

        assertThat(docker.readPath(bare, "/etc/motd")).singleElement().satisfies(motd -> assertThat(motd.content())
                .hasValueSatisfying(bytes ->
                        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("no shell here\n")));
        assertThat(docker.readPath(bare, "/usr/bin/true").get(0).mode()).isEqualTo(0755);
        assertThat(docker.readPath(bare, "/bin/sh")).isEmpty();
        assertThat(docker.accounts(bare).userName(0)).isEmpty();
    }

    @Test
    void resolvesUsersAndGroupsFromTheImagesOwnFiles() {
        ImageAccounts accounts = docker.accounts(container);

        assertThat(accounts.userName(1234)).contains("app");
        assertThat(accounts.uid("app")).hasValue(1234);
        assertThat(accounts.groupName(1234)).contains("app");
        assertThat(accounts.gid("app")).hasValue(1234);
        assertThat(accounts.userName(0)).contains("root");
    }
}
