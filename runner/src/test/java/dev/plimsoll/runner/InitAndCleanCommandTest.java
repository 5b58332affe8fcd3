package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.docker.ImageInfo;
import dev.plimsoll.runner.docker.DockerTasks;
import dev.plimsoll.runner.docker.Removed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitAndCleanCommandTest {

    @TempDir
    Path dir;

    private final List<String> calls = new ArrayList<>();

    private static final ImageInfo GREETER = new ImageInfo(
            "sha256:abc",
            Optional.of("app"),
            List.of("8080/tcp"),
            List.of("/data"),
            Map.of("PATH", "/usr/bin", "GREETING", "hello \"you\""),
            Map.of("org.opencontainers.image.title", "greeter"),
            true,
            Optional.of("SIGTERM"),
            Optional.of("/srv"),
            List.of("/usr/local/bin/greeter"),
            List.of(),
            181_000_000);

    private final DockerTasks docker = new DockerTasks() {
        @Override
        public ImageInfo describe(String reference, Optional<String> dockerHost) {
            calls.add("describe " + reference + " " + dockerHost.orElse("default"));
            return GREETER;
        }

        @Override
        public Removed removeAll(Map<String, String> labels, Optional<String> dockerHost) {
            calls.add("removeAll " + labels + " " + dockerHost.orElse("default"));
            return new Removed(2, 1, 0);
        }
    };

    @Test
    void initWritesAStarterContractFromTheImage() throws Exception {
        Cli.Result result =
                new Cli(dir).with(docker).run("init", "acme/greeter:1.4", "--docker-host", "tcp://127.0.0.1:1");

        assertThat(result.exitCode()).isZero();
        assertThat(calls).containsExactly("describe acme/greeter:1.4 tcp://127.0.0.1:1");
        assertThat(result.out()).startsWith("wrote " + dir.resolve("greeter.contract"));
        assertThat(Files.readString(dir.resolve("greeter.contract")))
                .isEqualTo(
                        "# greeter.contract — written by `plimsoll init acme/greeter:1.4` from the image's metadata.\n"
                                + "# Every fact below holds today; keep the ones that are promises, delete the rest.\n"
                                + "image \"${IMAGE:-acme/greeter:1.4}\"\n"
                                + "\n"
                                + "image has {\n"
                                + "  user \"app\"\n"
                                + "  exposed port 8080/tcp\n"
                                + "  volume \"/data\"\n"
                                + "  env GREETING = \"hello \\\"you\\\"\"\n"
                                + "  label \"org.opencontainers.image.title\" = \"greeter\"\n"
                                + "  workdir \"/srv\"\n"
                                + "  healthcheck\n"
                                + "  stop signal SIGTERM\n"
                                + "  size below 200MB\n"
                                + "}\n"
                                + "\n"
                                + "scenario \"starts and keeps running\" {\n"
                                + "  expect running after 2s\n"
                                + "}\n"
                                + "\n"
                                + "scenario \"listens on port 8080\" {\n"
                                + "  publish 8080\n"
                                + "  expect port 8080 open within 30s\n"
                                + "}\n");
    }

    @Test
    void initToStdoutAndNeverOverOwnFilesWithoutForce() throws Exception {
        Files.writeString(dir.resolve("mine.contract"), "keep me");
        Cli cli = new Cli(dir).with(docker);

        Cli.Result stdout = cli.run("init", "registry.example:5000/team/greeter@sha256:0f", "-o", "-");
        Cli.Result refused = cli.run("init", "greeter", "-o", "mine.contract");
        Cli.Result forced = cli.run("init", "greeter", "-o", "mine.contract", "--force");

        assertThat(stdout.out()).startsWith("# greeter.contract");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("mine.contract exists; use --force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("mine.contract"))).startsWith("# greeter.contract");
    }

    @Test
    void cleanRemovesWhatCarriesOurLabels() {
        Cli cli = new Cli(dir).with(docker);

        Cli.Result all = cli.run("clean");
        Cli.Result oneRun = cli.run("clean", "--run", "r42");

        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).isEqualTo("removed 2 containers, 1 network, 0 volumes\n");
        assertThat(calls)
                .containsExactly(
                        "removeAll {dev.plimsoll=true} default",
                        "removeAll {dev.plimsoll=true, dev.plimsoll.run=r42} default");
        assertThat(oneRun.exitCode()).isZero();
    }

    @Test
    void withoutTheDockerLayerInitAndCleanExitThree() {
        Cli cli = new Cli(dir);

        for (String[] args : List.of(new String[] {"init", "greeter"}, new String[] {"clean"})) {
            Cli.Result result = cli.run(args);

            assertThat(result.exitCode()).isEqualTo(3);
            assertThat(result.err())
                    .isEqualTo("plimsoll: this build of plimsoll has no Docker layer"
                            + " (dev.plimsoll.engine.docker), so it cannot talk to Docker\n");
        }
    }

    @Test
    void initNeedsAnImage() {
        Cli.Result result = new Cli(dir).with(docker).run("init");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("plimsoll: Missing required parameter: 'IMAGE'");
    }
}
