package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Builds the project's Dockerfile and runs contracts through that image as a CI job in a container does: with the
 * Docker socket and the project mounted at the same path, 127.0.0.1 being the job's own container. Tagged so a quick
 * build can leave it out ({@code -Dplimsoll.it.excludedGroups=engine-loss,runner-image}); with Docker's cache warm it
 * takes about half a minute.
 */
@Tag("runner-image")
class RunnerImageIT {
    private static final String IMAGE = "plimsoll-runner-image-it";
    private static final Pattern RUN_ID = Pattern.compile("run ([0-9a-f-]{36}): (.*)");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @BeforeAll
    static void buildTheImage() throws Exception {
        assertThat(ROOT.resolve("runner/target/plimsoll.jar"))
                .as("the shaded jar, built in the package phase")
                .isRegularFile();
        Result build = docker(List.of("build", "--force-rm", "-q", "-t", IMAGE, ROOT.toString()), 600);
        assertThat(build.exitCode()).as(build.err()).isZero();
    }

    @Test
    void aJobContainerRunsContractsWithServicesBindMountsAndTheDockerSocketAndLeavesNothingBehind() throws Exception {
        Path job = Files.createDirectories(ROOT.resolve("runner/target/runner-image-it/" + UUID.randomUUID())
                .resolve("site"));
        Files.writeString(job.resolve("hello.txt"), "hi\n");
        Files.writeString(
                job.getParent().resolve("mounts.contract"),
                """
                image "debian:bookworm-slim"

                scenario "reads a folder of the job" {
                  mount "./site" at "/srv/site" read only
                  command ["sleep", "60"]
                  expect command ["cat", "/srv/site/hello.txt"] exits 0 { stdout = "hi\\n" }
                }
                """);
        String name = "plimsoll-runner-image-it-" + UUID.randomUUID();

        Result run = docker(
                List.of(
                        "run",
                        "--rm",
                        "--name",
                        name,
                        "--label",
                        "dev.plimsoll.it=runner-image",
                        "-v",
                        "/var/run/docker.sock:/var/run/docker.sock",
                        "-v",
                        ROOT + ":" + ROOT,
                        "-w",
                        ROOT.toString(),
                        IMAGE,
                        "run",
                        "-v",
                        "--no-color",
                        "specs/counter",
                        "specs/docker-driver",
                        ROOT.relativize(job.getParent()).toString()),
                300);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .contains("✓ specs/counter/counter.contract › counts hits in redis › expect http GET \"/cgi-bin/hit\""
                        + " port 8000 { json \"$.hits\" = 2 }")
                .contains("mounts.contract › reads a folder of the job › expect command \"cat /srv/site/hello.txt\"")
                .contains("✓ specs/docker-driver/docker-driver.contract › starts a worker through the Docker socket ›"
                        + " expect http GET \"/workers/${ID}\" port 8080 within 10s")
                .contains("23 checks in 3 contracts: 23 passed, 0 failed");
        Matcher reach = RUN_ID.matcher(run.err());
        assertThat(reach.find()).as(run.err()).isTrue();
        assertThat(reach.group(2))
                .startsWith("ports are reached at each container's address on its scenario's network, which this"
                        + " runner's container ")
                .contains("inside a container (");
        String label = "label=dev.plimsoll.run=" + reach.group(1);
        assertThat(lines("ps", "-aq", "--filter", label)).as("containers").isEmpty();
        assertThat(lines("network", "ls", "-q", "--filter", label))
                .as("networks")
                .isEmpty();
        assertThat(lines("volume", "ls", "-q", "--filter", label)).as("volumes").isEmpty();
        assertThat(lines("ps", "-aq", "--filter", "name=" + name))
                .as("the runner's container")
                .isEmpty();
    }

    private static List<String> lines(String... args) throws Exception {
        Result result = docker(List.of(args), 60);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result.out().lines().filter(line -> !line.isBlank()).toList();
    }

    private record Result(int exitCode, String out, String err) {}

    private static Result docker(List<String> args, long seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("docker");
        command.addAll(args);
        Path out = Files.createTempFile("runner-image-it", ".out");
        Path err = Files.createTempFile("runner-image-it", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("docker " + String.join(" ", args) + " took over " + seconds + " s");
            }
            return new Result(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
