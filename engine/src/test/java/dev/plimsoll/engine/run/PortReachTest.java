package dev.plimsoll.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.check.PortAddress;
import dev.plimsoll.engine.docker.ContainerInfo.Mount;
import dev.plimsoll.engine.docker.ContainerSpec;
import dev.plimsoll.engine.docker.FakeDocker;
import dev.plimsoll.engine.docker.FakeDocker.Script;
import dev.plimsoll.engine.step.Container;
import dev.plimsoll.engine.step.PortAddresses;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortReachTest {
    private static final String RUNNER = "3f4e8a1b2c9d" + "0".repeat(52);
    private static final ContainerHints IN_RUNNER =
            new ContainerHints(Optional.of("/.dockerenv exists"), List.of(RUNNER.substring(0, 12)));

    private final FakeDocker docker = new FakeDocker().image("app", Script.logs("ready"));

    @Test
    void onTheDockerHostPublishedPortsAreReachedOnLoopback() {
        PortReach reach = PortReach.decide(Optional.empty(), ContainerHints.NONE, docker);

        assertThat(reach.joiner()).isEmpty();
        assertThat(reach.describe())
                .isEqualTo("ports are reached where Docker publishes them, at 127.0.0.1: not inside a container");
        assertThat(reach.addresses(docker, Optional.empty()).of(new Container("c1", "the container"), 9000, 49153))
                .contains(PortAddress.published("127.0.0.1", 49153, 9000));
        assertThat(docker.calls()).isEmpty();
    }

    @Test
    void insideAContainerTheRunnerJoinsTheScenariosNetworkAndUsesTheContainersAddress() {
        docker.foreignContainer(RUNNER, "bridge", List.of(new Mount("/home/ci/acme", "/builds/acme")));
        PortReach reach = PortReach.decide(Optional.empty(), IN_RUNNER, docker);
        docker.createNetwork("plimsoll-fake-1", Map.of());
        String app = docker.create(
                ContainerSpec.builder("app").network("plimsoll-fake-1").build());
        docker.start(app);

        PortAddresses addresses = reach.addresses(docker, Optional.of("plimsoll-fake-1"));

        assertThat(reach.joiner()).contains(RUNNER);
        assertThat(reach.describe())
                .startsWith(
                        "ports are reached at each container's address on its scenario's network, which this runner's"
                                + " container 3f4e8a1b2c9d joins: inside a container (/.dockerenv exists)");
        assertThat(addresses.of(new Container(app, "the container"), 9000, 49153))
                .contains(PortAddress.onNetwork("10.0.0.1", 9000, "plimsoll-fake-1"));
        assertThat(reach.paths().translate("/builds/acme/specs/site")).contains("/home/ci/acme/specs/site");
    }

    @Test
    void aStoppedContainerHasNoAddressOnTheNetwork() {
        docker.foreignContainer(RUNNER, "bridge", List.of());
        PortReach reach = PortReach.decide(Optional.empty(), IN_RUNNER, docker);
        docker.createNetwork("plimsoll-fake-1", Map.of());
        String app = docker.create(
                ContainerSpec.builder("app").network("plimsoll-fake-1").build());

        assertThat(reach.addresses(docker, Optional.of("plimsoll-fake-1")).of(new Container(app, "x"), 9000, 49153))
                .isEmpty();
    }

    @Test
    void aContainerTheEngineDoesNotKnowRunsItsOwnEngine() {
        PortReach reach = PortReach.decide(Optional.empty(), IN_RUNNER, docker);

        assertThat(reach.joiner()).isEmpty();
        assertThat(reach.describe())
                .isEqualTo(
                        "ports are reached where Docker publishes them, at 127.0.0.1: inside a container (/.dockerenv exists) that the Docker"
                                + " engine does not know: it runs beside this process, or elsewhere (then --host-override names where"
                                + " its published ports are reached)");
        assertThat(reach.paths().translate("/tmp/x")).contains("/tmp/x");
    }

    @Test
    void aContainerOnTheHostsNetworkReachesPublishedPortsOnLoopback() {
        docker.foreignContainer(RUNNER, "host", List.of());

        PortReach reach = PortReach.decide(Optional.empty(), IN_RUNNER, docker);

        assertThat(reach.joiner()).isEmpty();
        assertThat(reach.describe()).contains("which uses the Docker host's network");
    }

    @Test
    void aContainerThatCannotJoinANetworkReachesPublishedPortsAndSaysWhy() {
        for (String mode : List.of("none", "container:0123456789ab")) {
            docker.foreignContainer(RUNNER, mode, List.of());

            PortReach reach = PortReach.decide(Optional.empty(), IN_RUNNER, docker);

            assertThat(reach.joiner()).as(mode).isEmpty();
            assertThat(reach.describe())
                    .contains("whose network mode '" + mode + "' cannot join the scenario's network");
        }
    }

    @Test
    void theOverrideWinsAndStillMapsPathsOfTheRunnersContainer() {
        docker.foreignContainer(RUNNER, "bridge", List.of(new Mount("/home/ci/acme", "/builds/acme")));
        Optional<PortReach.HostOverride> override =
                PortReach.override(Optional.empty(), Map.of("PLIMSOLL_HOST_OVERRIDE", "docker"));

        PortReach reach = PortReach.decide(override, IN_RUNNER, docker);

        assertThat(reach.joiner()).isEmpty();
        assertThat(reach.describe())
                .isEqualTo("ports are reached where Docker publishes them, at docker (PLIMSOLL_HOST_OVERRIDE)");
        assertThat(reach.addresses(docker, Optional.of("n")).of(new Container("c9", "x"), 80, 49000))
                .contains(PortAddress.published("docker", 49000, 80));
        assertThat(reach.addresses(docker, Optional.empty()).onHost(9100))
                .isEqualTo(PortAddress.published("docker", 9100, 9100));
        assertThat(reach.paths().translate("/builds/acme/x")).contains("/home/ci/acme/x");
    }

    @Test
    void theOptionWinsOverTheEnvironmentAndABlankOneIsNone() {
        assertThat(PortReach.override(Optional.of("10.1.2.3"), Map.of("PLIMSOLL_HOST_OVERRIDE", "docker")))
                .map(PortReach.HostOverride::host)
                .contains("10.1.2.3");
        assertThat(PortReach.override(Optional.empty(), Map.of("PLIMSOLL_HOST_OVERRIDE", " ")))
                .isEmpty();
    }
}
