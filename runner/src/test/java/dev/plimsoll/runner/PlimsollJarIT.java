package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar as pipelines will: {@code java -jar runner/target/plimsoll.jar ...}. */
class PlimsollJarIT {

    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("plimsoll.jar", "target/plimsoll.jar"));
        assertThat(jar).as("the shaded jar, built in the package phase").isRegularFile();
    }

    @Test
    void helpListsCommandsAndExitCodes() throws Exception {
        Run run = plimsoll("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Usage: plimsoll", "run ", "check ", "list ", "Exit codes:", "4   no contracts found");
    }

    @Test
    void versionComesFromTheManifest() throws Exception {
        Run run = plimsoll("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("plimsoll 0.1.0-SNAPSHOT\n");
    }

    @Test
    void checkOnADirectoryWithoutContractsExitsFour() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM debian:bookworm-slim\n");

        Run run = plimsoll("check", dir.toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("plimsoll: no contracts (*.contract) found in " + dir + "\n");
    }

    @Test
    void checkOnAMissingPathIsAUsageError() throws Exception {
        Run run = plimsoll("check", dir.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("plimsoll: no such file or directory: " + dir.resolve("nope") + "\n");
    }

    @Test
    void runWithoutADockerEngineExitsThreeWithOneSentence() throws Exception {
        Files.writeString(
                dir.resolve("app.contract"), "image \"debian:bookworm-slim\"\nscenario \"s\" { wait for log \"x\" }\n");

        Run run = plimsoll("run", "--docker-host", "tcp://127.0.0.1:1", ".");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
        assertThat(run.err())
                .startsWith("plimsoll: cannot reach a Docker engine at tcp://127.0.0.1:1 (from --docker-host)")
                .hasLineCount(1);
    }

    @Test
    void runOnAnInvalidContractShowsItsLineAndStartsNothing() throws Exception {
        Files.writeString(
                dir.resolve("app.contract"),
                "image \"debian:bookworm-slim\"\nscenario \"s\" {\n  expect listen_on 80\n}\n");

        Run run = plimsoll("run", "--docker-host", "tcp://127.0.0.1:1", ".");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out() + run.err())
                .contains("app.contract:3:10: error: unknown check 'listen_on'", "    3 |   expect listen_on 80");
    }

    @Test
    void runWithAnUndefinedVariableNamesItAndStartsNothing() throws Exception {
        Files.writeString(
                dir.resolve("app.contract"), "image \"${APP_IMAGE}\"\nscenario \"s\" { wait for log \"x\" }\n");

        Run run = plimsoll("run", "--docker-host", "tcp://127.0.0.1:1", ".");
        Run withValue = plimsoll("run", "--docker-host", "tcp://127.0.0.1:1", "--set", "APP_IMAGE=acme/app:1", ".");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("app.contract:1:7: error: undefined variable 'APP_IMAGE'")
                .contains("hint: set it (--set APP_IMAGE=value or the environment)");
        assertThat(withValue.exitCode()).as("defined, it gets as far as Docker").isEqualTo(3);
    }

    @Test
    void helpShowsTheVariableSyntaxLiterally() throws Exception {
        Run run = plimsoll("run", "--help");

        assertThat(run.out()).contains("${NAME}");
        assertThat(run.err()).isEmpty();
    }

    private Run plimsoll(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("LANG", "C");
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("plimsoll finished")
                .isTrue();
        Run run = new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Run(int exitCode, String out, String err) {}
}
