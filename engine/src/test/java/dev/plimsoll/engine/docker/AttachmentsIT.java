package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a runner inside a container does with its own container: inspect it, join and leave a scenario's network. */
class AttachmentsIT {

    @TempDir
    Path dir;

    @Test
    void aContainerJoinsANetworkGetsAnAddressThereAndLeavesIt() throws Exception {
        Docker docker = TestDocker.connect();
        try {
            String image = docker.build(BuildRequest.of(TestDocker.RESOURCES.resolve("app")));
            // stands for the runner's own container: started on Docker's default bridge, as a CI job's is
            String runner = docker.create(ContainerSpec.builder(image).build());
            docker.start(runner);
            String network = docker.createNetwork("plimsoll-attach-" + System.nanoTime(), Map.of());
            String subject =
                    docker.create(ContainerSpec.builder(image).network(network).build());
            docker.start(subject);

            docker.connectNetwork(network, runner);

            assertThat(docker.inspectContainer(runner).flatMap(info -> info.address(network)))
                    .hasValueSatisfying(ip -> assertThat(ip).matches("\\d+\\.\\d+\\.\\d+\\.\\d+"));
            assertThat(docker.inspectContainer(subject).flatMap(info -> info.address(network)))
                    .isPresent();

            docker.disconnectNetwork(network, runner);

            assertThat(docker.inspectContainer(runner).flatMap(info -> info.address(network)))
                    .isEmpty();
        } finally {
            TestDocker.cleanUp(docker);
        }
    }

    @Test
    void aNetworkIsRemovedEvenWithAContainerStillOnIt() throws Exception {
        Docker docker = TestDocker.connect();
        try {
            String image = docker.build(BuildRequest.of(TestDocker.RESOURCES.resolve("app")));
            String runner = docker.create(ContainerSpec.builder(image).build());
            docker.start(runner);
            String network = docker.createNetwork("plimsoll-attach-" + System.nanoTime(), Map.of());
            docker.connectNetwork(network, runner); // a runner that ended without leaving

            docker.removeNetwork(network);

            assertThat(cli("network", "ls", "-q", "--filter", "name=^" + network + "$"))
                    .isEmpty();
            assertThat(docker.state(runner).running()).isTrue();
        } finally {
            TestDocker.cleanUp(docker);
        }
    }

    @Test
    void inspectionShowsTheHostSideOfEachMountAndNothingForAnUnknownContainer() throws Exception {
        Docker docker = TestDocker.connect();
        try {
            Path shared = Files.createDirectories(dir.resolve("shared"));
            String container = docker.create(
                    ContainerSpec.builder(docker.build(BuildRequest.of(TestDocker.RESOURCES.resolve("app"))))
                            .bind(shared.toString(), "/job", true)
                            .build());

            ContainerInfo info =
                    docker.inspectContainer(container.substring(0, 12)).orElseThrow();

            assertThat(info.id()).isEqualTo(container);
            assertThat(info.mounts()).contains(new ContainerInfo.Mount(shared.toString(), "/job"));
            assertThat(docker.inspectContainer("plimsoll-no-such-container-" + System.nanoTime()))
                    .isEmpty();
        } finally {
            TestDocker.cleanUp(docker);
        }
    }

    private static List<String> cli(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        assertThat(process.waitFor()).as(output).isZero();
        return output.isEmpty() ? List.of() : output.lines().toList();
    }
}
