package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code init} on a real image (src/test/resources/init-image: a user, a volume, a port, an entrypoint
 * script that logs a timestamped ready line and exits 0 on SIGTERM), then {@code check} and {@code run} on
 * what it wrote, against the same image, with the real engine.
 */
class InitIT {

    private static final String IMAGE =
            "plimsoll-init-it:" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    Path dir;

    @BeforeAll
    static void buildImage() throws Exception {
        Path context = Path.of(Objects.requireNonNull(InitIT.class.getResource("/init-image/Dockerfile"))
                        .toURI())
                .getParent();
        Docker build = docker(
                "build", "--quiet", "--force-rm", "--label", "dev.plimsoll=true", "-t", IMAGE, context.toString());
        assertThat(build.exitCode()).as("docker build: %s", build.output()).isZero();
    }

    @AfterAll
    static void removeImage() throws Exception {
        docker("image", "rm", "--force", IMAGE);
    }

    @Test
    void initWritesAContractThatChecksAndPassesAgainstTheSameImage() throws Exception {
        Result init = plimsoll("init", IMAGE);

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out())
                .contains(
                        "image \"${IMAGE:-" + IMAGE + "}\"\n",
                        "  user \"app\"\n",
                        "  entrypoint [\"/usr/local/bin/pinger\"]\n",
                        "  cmd [\"--port\", \"8080\"]\n",
                        "file \"/data\" is directory owned by \"app:app\" mode 0750\n",
                        "file \"/usr/local/bin/pinger\" is regular file owned by \"root:root\" mode 0755\n",
                        "scenario \"starts and logs its first line\" {\n"
                                + "  wait for log \"pinger ready to serve on port\" within 30s\n"
                                + "  expect running after 2s\n"
                                + "}\n",
                        "scenario \"stops on SIGTERM\" {\n"
                                + "  wait for log \"pinger ready to serve on port\" within 30s\n"
                                + "  signal SIGTERM\n"
                                + "  expect exit 0 within 10s\n"
                                + "}\n");
        assertThat(docker("ps", "--all", "--quiet", "--filter", "ancestor=" + IMAGE)
                        .output())
                .as("containers init left behind")
                .isEmpty();

        Path contract = dir.resolve("pinger.contract");
        Files.writeString(contract, init.out(), StandardCharsets.UTF_8);
        Result check = plimsoll("check", contract.toString());
        Result run = plimsoll("run", contract.toString());

        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains(" passed, 0 failed");
    }

    private static Result plimsoll(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private static Docker docker(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES))
                .as("docker %s finished", args[0])
                .isTrue();
        return new Docker(process.exitValue(), output.strip());
    }

    private record Result(int exitCode, String out, String err) {}

    private record Docker(int exitCode, String output) {}
}
