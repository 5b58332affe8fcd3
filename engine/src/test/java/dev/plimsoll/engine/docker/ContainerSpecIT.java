package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The container settings a Compose service brings (and a contract may write): working directory, labels, a
 * network alias, an anonymous volume and a health check over the image's, each seen on a real container.
 */
class ContainerSpecIT {
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private static DockerJavaBackend docker;
    private static String image;

    @BeforeAll
    static void buildApp() {
        docker = TestDocker.connect();
        image = docker.build(BuildRequest.of(TestDocker.RESOURCES.resolve("app")));
    }

    @AfterAll
    static void cleanUp() {
        TestDocker.cleanUp(docker);
    }

    private static String start(ContainerSpec.Builder spec) {
        String id = docker.create(spec.build());
        docker.start(id);
        return id;
    }

    @Test
    void theWorkingDirectoryReplacesTheImagesWorkdir() {
        String id = start(ContainerSpec.builder(image).workingDir("/ctx"));

        ExecResult pwd = docker.exec(id, List.of("pwd"), DEADLINE);

        assertThat(pwd.stdout()).isEqualTo("/ctx\n");
        docker.remove(id);
    }

    @Test
    void aLabelIsOnTheContainerBesideTheRunsOwn() {
        String value = "it-" + System.nanoTime();
        docker.create(
                ContainerSpec.builder(image).label("com.example.tier", value).build());

        RemovalCounts removed = docker.removeAll(Map.of("com.example.tier", value));

        assertThat(removed.containers()).isEqualTo(1);
    }

    @Test
    void anAliasAddsANameOnTheNetwork() {
        String network = docker.createNetwork("plimsoll-it-" + System.nanoTime(), Map.of());
        String id = start(ContainerSpec.builder(image).network(network, "app").alias("database"));

        ExecResult lookup = docker.exec(id, List.of("getent", "hosts", "database"), DEADLINE);

        assertThat(lookup.exitCode()).hasValue(0);
        docker.remove(id);
        docker.removeNetwork(network);
    }

    @Test
    void anAnonymousVolumeIsAFreshMountOfItsOwn() {
        String id = start(ContainerSpec.builder(image).anonymousVolume("/cache"));

        ExecResult mounts = docker.exec(id, List.of("grep", " /cache ", "/proc/mounts"), DEADLINE);

        assertThat(mounts.exitCode()).as(mounts.stdout()).hasValue(0);
        docker.remove(id);
    }

    @Test
    void aHealthCheckReplacesTheImagesOne() {
        ContainerSpec.Health failing = new ContainerSpec.Health(
                List.of("CMD-SHELL", "exit 1"),
                Optional.of(Duration.ofMillis(500)),
                Optional.of(Duration.ofSeconds(2)),
                Optional.empty(),
                Optional.of(1));
        String id = start(ContainerSpec.builder(image).healthcheck(failing));

        assertThat(docker.awaitHealthy(id, DEADLINE).health()).isEqualTo(ContainerState.Health.UNHEALTHY);
        docker.remove(id);
    }

    @Test
    void timingsAloneKeepTheImagesTest() {
        ContainerSpec.Health faster = new ContainerSpec.Health(
                List.of(), Optional.of(Duration.ofMillis(500)), Optional.empty(), Optional.empty(), Optional.empty());
        String id = start(ContainerSpec.builder(image).healthcheck(faster));

        assertThat(docker.awaitHealthy(id, DEADLINE).health()).isEqualTo(ContainerState.Health.HEALTHY);
        docker.remove(id);
    }

    @Test
    void noneTurnsTheImagesHealthCheckOff() {
        String id = start(ContainerSpec.builder(image).healthcheck(ContainerSpec.Health.none()));

        assertThat(docker.awaitHealthy(id, DEADLINE).health()).isEqualTo(ContainerState.Health.NONE);
        docker.remove(id);
    }
}
