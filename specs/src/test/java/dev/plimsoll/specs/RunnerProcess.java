package dev.plimsoll.specs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the built runner jar as users do, from the specs directory, and keeps what it printed. */
final class RunnerProcess {
    static final Path SPECS = Path.of("").toAbsolutePath();

    record Result(int exitCode, String output) {}

    private RunnerProcess() {}

    static Result run(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("plimsoll.jar", "../runner/target/plimsoll.jar"));
        assertThat(jar).as("the runner jar, built by the runner module").exists();
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("plimsoll-run", ".txt");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(SPECS.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the runner did not finish within 15 minutes");
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
