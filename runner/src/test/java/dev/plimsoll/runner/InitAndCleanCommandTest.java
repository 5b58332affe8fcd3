package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.docker.DockerUnavailableException;
import dev.plimsoll.engine.docker.FileEntry;
import dev.plimsoll.engine.docker.ImageInfo;
import dev.plimsoll.runner.docker.CleanReport;
import dev.plimsoll.runner.docker.CleanRequest;
import dev.plimsoll.runner.docker.DockerTasks;
import dev.plimsoll.runner.docker.ImageSurvey;
import dev.plimsoll.runner.docker.PathFacts;
import dev.plimsoll.runner.docker.Removed;
import dev.plimsoll.runner.docker.Startup;
import dev.plimsoll.runner.promote.Promotion;
import dev.plimsoll.runner.promote.PromotionOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
            Optional.of("15"),
            Optional.of("/srv"),
            List.of("/usr/local/bin/greeter"),
            List.of("--port", "8080"),
            181_000_000);

    private static final List<PathFacts> GREETER_PATHS = List.of(
            new PathFacts("/data", FileEntry.Type.DIRECTORY, "app:app", 0750, Optional.empty()),
            new PathFacts("/usr/local/bin/greeter", FileEntry.Type.FILE, "root:root", 0755, Optional.empty()));

    private Startup startup = new Startup(
            Optional.of("2025-05-01T10:00:00.123Z [pid 7] greeter \"ready\" on port 8080"),
            Duration.ofMillis(12_400),
            new Startup.StoppedOnSignal("SIGTERM", 0));

    private final DockerTasks docker = new DockerTasks() {
        @Override
        public ImageSurvey survey(String reference, Optional<String> dockerHost) {
            calls.add("survey " + reference + " " + dockerHost.orElse("default"));
            return new ImageSurvey(GREETER, GREETER_PATHS, startup);
        }

        @Override
        public CleanReport clean(CleanRequest request, Optional<String> dockerHost) {
            calls.add("clean " + request + " " + dockerHost.orElse("default"));
            return new CleanReport(
                    List.of(
                            new CleanReport.RunVerdict(
                                    "r1", CleanReport.Reason.OWNER_GONE, "pid 7 on ci", new Removed(2, 1, 0)),
                            new CleanReport.RunVerdict(
                                    "r2", CleanReport.Reason.OWNER_ALIVE, "pid 8 on ci", new Removed(1, 1, 1)),
                            new CleanReport.RunVerdict(
                                    "r3", CleanReport.Reason.ELSEWHERE, "pid 9 on other", new Removed(1, 0, 0))),
                    new Removed(2, 1, 0),
                    new CleanReport.Images(
                            3,
                            45_600_000,
                            request.images() ? 2 : 0,
                            30_000_000,
                            request.images() && !request.dryRun() ? 1 : 0));
        }

        @Override
        public Promotion promote(PromotionOrder order, Optional<String> dockerHost) {
            throw new AssertionError("init and clean do not promote");
        }
    };

    @Test
    void initWritesAStarterContractFromTheImageToStdout() {
        Cli.Result result =
                new Cli(dir).with(docker).run("init", "acme/greeter:1.4", "--docker-host", "tcp://127.0.0.1:1");

        assertThat(result.exitCode()).isZero();
        assertThat(calls).containsExactly("survey acme/greeter:1.4 tcp://127.0.0.1:1");
        assertThat(result.err())
                .isEqualTo("plimsoll: trying acme/greeter:1.4 once (up to 30s for its first log line, 10s to stop)\n");
        assertThat(result.out())
                .isEqualTo("# greeter.contract — written by `plimsoll init acme/greeter:1.4` from the image's metadata,"
                        + " files and one trial run.\n"
                        + "# Every line below held when it was written; keep the ones that are promises, delete the"
                        + " rest.\n"
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
                        + "  entrypoint [\"/usr/local/bin/greeter\"]\n"
                        + "  cmd [\"--port\", \"8080\"]\n"
                        + "  size below 200MB\n"
                        + "}\n"
                        + "\n"
                        + "file \"/data\" is directory owned by \"app:app\" mode 0750\n"
                        + "file \"/usr/local/bin/greeter\" is regular file owned by \"root:root\" mode 0755\n"
                        + "\n"
                        + "scenario \"starts and logs its first line\" {\n"
                        + "  wait for log \"greeter \\\"ready\\\" on port\" within 40s\n"
                        + "  expect running after 2s\n"
                        + "}\n"
                        + "\n"
                        + "scenario \"stops on SIGTERM\" {\n"
                        + "  wait for log \"greeter \\\"ready\\\" on port\" within 40s\n"
                        + "  signal SIGTERM\n"
                        + "  expect exit 0 within 10s\n"
                        + "}\n"
                        + "\n"
                        + "scenario \"listens on port 8080\" {\n"
                        + "  publish 8080\n"
                        + "  expect port 8080 open within 30s\n"
                        + "}\n");
    }

    @Test
    void initWritesTheStopScenarioCommentedOutWhenTheImageIgnoredItsStopSignal() {
        startup =
                new Startup(Optional.of("12:00:01 ok 42"), Duration.ofMillis(300), new Startup.KeptRunning("SIGTERM"));

        Cli.Result result = new Cli(dir).with(docker).run("init", "acme/greeter:1.4");

        assertThat(result.out())
                .contains("scenario \"starts and logs its first line\" {\n"
                        + "  wait for log /\\d+:\\d+:\\d+ ok \\d+/ within 30s\n"
                        + "  expect running after 2s\n"
                        + "}\n"
                        + "\n"
                        + "# It was still running 10s after SIGTERM when this was written (Docker then kills it\n"
                        + "# with SIGKILL). Uncomment this once it stops on SIGTERM.\n"
                        + "# scenario \"stops on SIGTERM\" {\n"
                        + "#   wait for log /\\d+:\\d+:\\d+ ok \\d+/ within 30s\n"
                        + "#   signal SIGTERM\n"
                        + "#   expect exit 0 within 10s\n"
                        + "# }\n");
    }

    @Test
    void initExpectsTheExitOfAnImageThatRunsToCompletion() {
        startup = new Startup(Optional.empty(), Duration.ofMillis(900), new Startup.ExitedBySelf(3));

        Cli.Result result = new Cli(dir).with(docker).run("init", "acme/greeter:1.4");

        assertThat(result.out())
                .endsWith("scenario \"runs to completion\" {\n"
                        + "  expect exit 3 within 30s\n"
                        + "}\n"
                        + "\n"
                        + "# No stop scenario: it exited by itself (code 3) before it was sent a signal.\n");
    }

    @Test
    void initWithoutALogLineWaitsForARunningContainer() {
        startup = new Startup(Optional.empty(), Duration.ofSeconds(30), new Startup.StoppedOnSignal("SIGQUIT", 143));

        Cli.Result result = new Cli(dir).with(docker).run("init", "acme/greeter:1.4");

        assertThat(result.out())
                .contains("# It logged nothing in its first 30s when this was written.\n"
                        + "scenario \"starts and keeps running\" {\n"
                        + "  expect running after 2s\n"
                        + "}\n"
                        + "\n"
                        + "scenario \"stops on SIGQUIT\" {\n"
                        + "  expect running after 2s\n"
                        + "  signal SIGQUIT\n"
                        + "  expect exit 143 within 10s\n"
                        + "}\n");
    }

    @Test
    void initWritesAFileOnlyWithOutputAndNeverOverOneWithoutForce() throws Exception {
        Files.writeString(dir.resolve("mine.contract"), "keep me");
        Cli cli = new Cli(dir).with(docker);

        Cli.Result stdout = cli.run("init", "registry.example:5000/team/greeter@sha256:0f", "-o", "-");
        Cli.Result refused = cli.run("init", "greeter", "-o", "mine.contract");
        Cli.Result forced = cli.run("init", "greeter", "-o", "mine.contract", "--force");

        assertThat(stdout.out()).startsWith("# greeter.contract");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("mine.contract exists; use --force");
        assertThat(forced.exitCode()).isZero();
        assertThat(forced.out()).isEmpty();
        assertThat(forced.err()).contains("wrote " + dir.resolve("mine.contract"));
        assertThat(Files.readString(dir.resolve("mine.contract"))).startsWith("# greeter.contract");
        assertThat(calls).hasSize(2);
    }

    @Test
    void cleanSaysWhichRunsItRemovedAndWhichItLeftAlone() {
        Cli.Result all = new Cli(dir).with(docker).run("clean");

        assertThat(all.exitCode()).isZero();
        assertThat(all.out())
                .isEqualTo("removed run r1: 2 containers, 1 network, 0 volumes (its owner, pid 7 on ci, is gone)\n"
                        + "left run r2 alone: its owner, pid 8 on ci, is still running (--force removes it anyway)\n"
                        + "left run r3 alone: it belongs to pid 9 on other, which cannot be seen from here"
                        + " (--run r3 or --force removes it)\n"
                        + "removed 2 containers, 1 network, 0 volumes\n"
                        + "3 built images hold 45.6 MB (kept as the next build's cache; --images removes them)\n");
    }

    @Test
    void cleanPassesItsOptionsOn() {
        Cli cli = new Cli(dir).with(docker);

        cli.run("clean", "--run", "r42");
        cli.run("clean", "--force", "--images", "--dry-run");

        assertThat(calls)
                .containsExactly(
                        "clean CleanRequest[run=Optional[r42], force=false, images=false, dryRun=false] default",
                        "clean CleanRequest[run=Optional.empty, force=true, images=true, dryRun=true] default");
    }

    @Test
    void cleanDryRunSaysWhatWouldGoAndTheDiskItHolds() {
        Cli.Result dry = new Cli(dir).with(docker).run("clean", "--dry-run", "--images");

        assertThat(dry.out())
                .contains("would remove run r1: 2 containers, 1 network, 0 volumes (its owner, pid 7 on ci, is gone)\n")
                .contains("would remove 2 containers, 1 network, 0 volumes\n")
                .endsWith("would remove 2 built images, 30.0 MB\n");
    }

    @Test
    void withoutADockerEngineInitAndCleanExitThreeWithOneSentence() {
        String sentence = "cannot reach a Docker engine at tcp://127.0.0.1:1 (from --docker-host): connection refused";
        DockerTasks unreachable = new DockerTasks() {
            @Override
            public ImageSurvey survey(String reference, Optional<String> dockerHost) {
                throw new DockerUnavailableException(sentence, null);
            }

            @Override
            public CleanReport clean(CleanRequest request, Optional<String> dockerHost) {
                throw new DockerUnavailableException(sentence, null);
            }

            @Override
            public Promotion promote(PromotionOrder order, Optional<String> dockerHost) {
                throw new DockerUnavailableException(sentence, null);
            }
        };
        Cli cli = new Cli(dir).with(unreachable);

        for (String[] args : List.of(new String[] {"init", "greeter"}, new String[] {"clean"})) {
            Cli.Result result = cli.run(args);

            assertThat(result.exitCode()).isEqualTo(3);
            String err = "\n" + result.err(); // init says first what it is about to try
            assertThat(err).endsWith("\nplimsoll: " + sentence + "\n");
        }
    }

    @Test
    void initNeedsAnImage() {
        Cli.Result result = new Cli(dir).with(docker).run("init");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("plimsoll: init takes an IMAGE or --compose FILE SERVICE, one of the two");
    }
}
