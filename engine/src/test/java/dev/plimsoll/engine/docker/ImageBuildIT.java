package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImageBuildIT {

    private static DockerJavaBackend docker;

    @BeforeAll
    static void connect() {
        docker = TestDocker.connect();
    }

    @AfterAll
    static void cleanUp() {
        TestDocker.cleanUp(docker);
    }

    private static BuildRequest app(String greeting) {
        return new BuildRequest(
                TestDocker.RESOURCES.resolve("app"),
                "Dockerfile",
                Map.of("GREETING", greeting),
                Optional.empty(),
                Map.of("dev.plimsoll.test", "build"));
    }

    @Test
    void buildsWithItsArgsAndReportsTheImagesMetadata() {
        String id = docker.build(app("ahoy"));

        ImageInfo image = docker.inspectImage(id).orElseThrow();
        assertThat(image.id()).isEqualTo(id);
        assertThat(image.user()).contains("app");
        assertThat(image.exposedPorts()).containsExactly("9000/tcp");
        assertThat(image.volumes()).containsExactly("/data");
        assertThat(image.env()).containsEntry("GREETING", "ahoy").containsEntry("TO_UNSET", "present");
        assertThat(image.labels())
                .containsEntry("org.opencontainers.image.title", "app")
                .containsEntry("dev.plimsoll.test", "build")
                .containsEntry("dev.plimsoll", "true")
                .as("built images outlive the run, so they carry no run label")
                .doesNotContainKey("dev.plimsoll.run");
        assertThat(image.hasHealthcheck()).isTrue();
        assertThat(image.stopSignal()).contains("SIGTERM");
        assertThat(image.workdir()).contains("/data");
        assertThat(image.entrypoint()).containsExactly("/usr/local/bin/serve");
        assertThat(image.cmd()).containsExactly("9000");
        assertThat(image.sizeBytes()).isPositive();
    }

    @Test
    void leavesWhatDockerignoreExcludesOutOfTheContext() {
        String image = docker.build(app("hello"));
        String container = docker.create(ContainerSpec.builder(image).build());

        List<String> sent =
                docker.readPath(container, "/ctx").stream().map(FileEntry::path).toList();

        assertThat(sent)
                .contains("/ctx/serve", "/ctx/ignored/keep.txt", "/ctx/notes/readme.txt", "/ctx/.dockerignore")
                .doesNotContain("/ctx/secret.txt", "/ctx/debug.log", "/ctx/ignored/drop.txt", "/ctx/notes/scratch.tmp");
    }

    @Test
    void buildsTheSameInputsOnceEvenWhenAskedConcurrently() throws Exception {
        BuildRequest request = app("once");
        int before = docker.buildsRun();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(pool.submit((Callable<String>) () -> docker.build(request)));
            }
            String first = ids.get(0).get();
            for (Future<String> id : ids) {
                assertThat(id.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(docker.build(request)).isNotBlank();

        assertThat(docker.buildsRun() - before).isEqualTo(1);
    }

    @Test
    void reportsTheFailingStepAndTheLogTail() {
        BuildRequest failing = BuildRequest.of(TestDocker.RESOURCES.resolve("failing"));

        assertThatThrownBy(() -> docker.build(failing))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> {
                    assertThat(e.error()).contains("returned a non-zero code: 7");
                    assertThat(e.logTail()).anyMatch(line -> line.contains("about to fail"));
                })
                .hasMessageContaining("returned a non-zero code: 7")
                .hasMessageContaining("about to fail");
    }

    @Test
    void saysWhyAnAbsentImageCannotBeHad() {
        String absent = "127.0.0.1:1/plimsoll-test/absent:never";

        assertThat(docker.inspectImage(absent)).isEmpty();
        long start = System.nanoTime();
        assertThatThrownBy(() -> docker.ensureImage(absent))
                .isInstanceOf(ImageUnavailableException.class)
                .hasMessageStartingWith("image '" + absent + "' is not present locally and could not be pulled: ");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void ensureImageUsesTheLocalImage() {
        String id = docker.inspectImage("debian:bookworm-slim").orElseThrow().id();

        assertThat(docker.ensureImage("debian:bookworm-slim").id()).isEqualTo(id);
    }
}
