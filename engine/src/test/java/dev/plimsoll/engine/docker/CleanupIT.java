package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CleanupIT {

    @Test
    void removeAllLeavesNothingOfTheRunBehind() throws Exception {
        Docker docker = TestDocker.connect();
        try {
            String network = docker.createNetwork("plimsoll-cleanup-" + System.nanoTime(), Map.of());
            String volume = docker.createVolume("plimsoll-cleanup-" + System.nanoTime(), Map.of());
            String image = docker.build(BuildRequest.of(TestDocker.RESOURCES.resolve("app")));
            String container = docker.create(ContainerSpec.builder(image)
                    .network(network)
                    .volume(volume, "/data")
                    .build());
            docker.start(container);

            RemovalCounts removed = docker.removeAll(docker.runLabels());

            // Images stay: a built one is the next run's layer cache.
            assertThat(removed).isEqualTo(new RemovalCounts(1, 1, 1));
            String filter = "label=dev.plimsoll.run=" + docker.runLabels().get("dev.plimsoll.run");
            assertThat(cli("ps", "-a", "-q", "--filter", filter)).isEmpty();
            assertThat(cli("network", "ls", "-q", "--filter", filter)).isEmpty();
            assertThat(cli("volume", "ls", "-q", "--filter", filter)).isEmpty();
            assertThat(cli("images", "-q", "--filter", filter)).isEmpty();
            assertThat(docker.removeAll(docker.runLabels()).total()).isZero();
        } finally {
            TestDocker.cleanUp(docker);
        }
    }

    @Test
    void aClientThatCreatedNothingSkipsTheSweepOfItsRunButCleanByLabelStillFindsEverything() throws Exception {
        Docker docker = TestDocker.connect();
        String run = docker.runLabels().get("dev.plimsoll.run");
        String network = "plimsoll-cleanup-" + System.nanoTime();
        // made behind the client's back, with its run's labels: only a sweep that asks Docker finds it
        cli("network", "create", "--label", "dev.plimsoll=true", "--label", "dev.plimsoll.run=" + run, network);
        try {
            assertThat(docker.removeAll(docker.runLabels()).total())
                    .as("the end-of-run sweep of a client that created nothing asks Docker nothing")
                    .isZero();
            assertThat(cli("network", "ls", "-q", "--filter", "name=" + network))
                    .hasSize(1);

            assertThat(docker.removeAll(Map.of("dev.plimsoll.run", run)))
                    .as("a removal by other labels (clean --run) always asks Docker")
                    .isEqualTo(new RemovalCounts(0, 1, 0));
        } finally {
            TestDocker.cleanUp(docker);
            new ProcessBuilder("docker", "network", "rm", network)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
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
