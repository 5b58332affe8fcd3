package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds keep one image per build: the previous one goes once the new one is built. Touches only its own images. */
class BuiltImagesIT {

    @TempDir
    Path context;

    @Test
    void aRebuildAfterAChangeRemovesThePreviousImageOfTheSameBuild() throws Exception {
        Files.writeString(context.resolve("Dockerfile"), "FROM debian:bookworm-slim\nLABEL version=1\n");
        String first = buildInANewRun();
        Files.writeString(context.resolve("Dockerfile"), "FROM debian:bookworm-slim\nLABEL version=2\n");
        Docker docker = TestDocker.connect();
        try {
            String second = docker.build(BuildRequest.of(context));

            assertThat(second).isNotEqualTo(first);
            assertThat(docker.inspectImage(first)).as("the previous build").isEmpty();
            assertThat(docker.inspectImage(second)).isPresent();
            Optional<BuiltImage> listed = docker.builtImages().stream()
                    .filter(image -> image.id().equals(second))
                    .findFirst();
            assertThat(listed).isPresent();
            assertThat(listed.get().buildKey()).isPresent();
            assertThat(listed.get().tags()).singleElement().asString().startsWith("plimsoll-build/");
            assertThat(docker.builtImages()).noneMatch(image -> image.id().equals(first));

            assertThat(docker.removeImage(second)).isTrue();
            assertThat(docker.inspectImage(second)).isEmpty();
        } finally {
            TestDocker.cleanUp(docker);
        }
    }

    private String buildInANewRun() {
        Docker docker = TestDocker.connect();
        try {
            return docker.build(BuildRequest.of(context));
        } finally {
            TestDocker.cleanUp(docker);
        }
    }
}
