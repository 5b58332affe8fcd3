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

/**
 * A password the contract gives its container as {@code env}, which the container echoes to its log, never shows:
 * not on the console, not with {@code -v}, not in the JUnit XML, not in failure messages or log tails.
 */
class SecretsJarIT {

    private static final String PASSWORD = "hunter2-t2-secret";
    private static final String TOKEN = "tok-from-set-9d1";

    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("plimsoll.jar", "target/plimsoll.jar"));
        assertThat(jar).as("the shaded jar, built in the package phase").isRegularFile();
    }

    @Test
    void aPasswordTheContainerEchoesIsMaskedEverywhere() throws Exception {
        writeContract();
        Path xml = dir.resolve("junit.xml");

        Run run = plimsoll("run", "-v", "--set", "API_TOKEN=" + TOKEN, "--junit-xml", xml.toString(), "echo.contract");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        String report = Files.readString(xml, StandardCharsets.UTF_8);
        assertThat(run.out() + run.err() + report).doesNotContain(PASSWORD).doesNotContain(TOKEN);
        assertThat(run.out())
                .contains("stdout does not contain 'welcome'")
                .contains("| connecting with password *** and token ***");
        assertThat(report).contains("connecting with password *** and token ***");
    }

    private void writeContract() throws IOException {
        Path image = Files.createDirectories(dir.resolve("echo"));
        Files.writeString(
                image.resolve("Dockerfile"),
                """
                FROM debian:bookworm-slim
                ENTRYPOINT ["sh", "-c", "echo \\"connecting with password $DB_PASSWORD and token $TOKEN\\"; \\
                echo ready; sleep 30"]
                """);
        Files.writeString(
                dir.resolve("echo.contract"),
                """
                build "echo"

                scenario "logs in" {
                  env DB_PASSWORD = "%s"
                  env TOKEN = "${API_TOKEN}"
                  wait for log "ready"
                  expect stdout contains "welcome"
                  expect command ["sh", "-c", "echo $DB_PASSWORD >&2; exit 3"] exits 0
                }
                """
                        .formatted(PASSWORD));
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
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("plimsoll finished")
                .isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Run(int exitCode, String out, String err) {}
}
