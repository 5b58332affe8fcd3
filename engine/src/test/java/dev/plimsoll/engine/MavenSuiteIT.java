package dev.plimsoll.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's Maven project runs its contracts with {@code mvn test}: Surefire, the JUnit Platform Suite engine and
 * plimsoll as a plain test dependency. The sample build reads the shared local repository as its only (remote)
 * repository and keeps what it resolves in a temporary local repository, seeded with this build's own jars, so the
 * shared one is never written to and nothing is fetched from the network.
 */
class MavenSuiteIT {
    private static final String VERSION = "0.1.0-SNAPSHOT";
    private static final String SAMPLE_LABEL = "dev.plimsoll.sample=maven-suite-it";
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path ROOT = MODULE.getParent();

    @TempDir
    Path temp;

    @AfterEach
    void removeTheSampleImage() throws Exception {
        Process list = new ProcessBuilder("docker", "image", "ls", "-q", "--filter", "label=" + SAMPLE_LABEL)
                .redirectErrorStream(true)
                .start();
        List<String> ids =
                new String(list.getInputStream().readAllBytes()).lines().toList();
        list.waitFor(30, TimeUnit.SECONDS);
        if (ids.isEmpty()) {
            return;
        }
        List<String> remove = new ArrayList<>(List.of("docker", "image", "rm", "-f"));
        remove.addAll(ids);
        new ProcessBuilder(remove).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
    }

    @Test
    void runsContractsOfAMavenProjectThroughTheSuiteEngine() throws Exception {
        Path sample = temp.resolve("sample");
        copy(MODULE.resolve("../specs/maven-example"), sample);
        Path repository = temp.resolve("repository");
        seed(repository, "plimsoll-parent", ROOT.resolve("pom.xml"), null);
        seed(repository, "plimsoll-grammar", ROOT.resolve("grammar/pom.xml"), ROOT.resolve("grammar/target"));
        seed(repository, "plimsoll-engine", MODULE.resolve("pom.xml"), MODULE.resolve("target"));

        Path settings = temp.resolve("settings.xml");
        Files.writeString(settings, offlineSettings(sharedRepository()));

        Path log = temp.resolve("mvn.log");
        Process mvn = new ProcessBuilder(
                        "mvn", "-B", "-s", settings.toString(), "-Dmaven.repo.local=" + repository, "test")
                .directory(sample.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = mvn.waitFor(4, TimeUnit.MINUTES);
        if (!finished) {
            mvn.destroyForcibly().waitFor();
        }

        assertThat(finished && mvn.exitValue() == 0)
                .as("mvn test in the sample passes; its output ends with:%n%s", tail(log))
                .isTrue();
        Path report = sample.resolve("target/surefire-reports/TEST-sample.ContractsTest.xml");
        assertThat(report).exists();
        assertThat(Files.readString(report))
                .contains("tests=\"2\"", "failures=\"0\"", "errors=\"0\"", "skipped=\"0\"")
                .contains("<testcase name=\"wait for log &quot;ready&quot; within 30s\""
                        + " classname=\"says hello when it starts\"")
                .contains("<testcase name=\"expect stdout contains &quot;hello from the sample&quot;\""
                        + " classname=\"says hello when it starts\"");
    }

    /** Puts one module's pom (and jar, when it has one) where a local repository keeps them. */
    private static void seed(Path repository, String artifact, Path pom, Path target) throws IOException {
        Path directory = repository.resolve("dev/plimsoll").resolve(artifact).resolve(VERSION);
        Files.createDirectories(directory);
        Files.copy(pom, directory.resolve(artifact + "-" + VERSION + ".pom"));
        if (target == null) {
            return;
        }
        Path jar = target.resolve(artifact + "-" + VERSION + ".jar");
        assertThat(jar).as("built by 'package' before this IT").exists();
        Files.copy(jar, directory.resolve(jar.getFileName()));
    }

    /**
     * Every repository the sample asks for is mirrored by the shared local repository, read as a remote one: what
     * this build resolved is there, and nothing is fetched from the network or written to the shared repository.
     */
    private static String offlineSettings(Path shared) {
        return "<settings><mirrors><mirror><id>shared</id><mirrorOf>*</mirrorOf><url>" + shared.toUri()
                + "</url></mirror></mirrors></settings>\n";
    }

    private static Path sharedRepository() {
        String configured = System.getProperty("plimsoll.it.repository");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(path -> {
                try {
                    Files.copy(path, to.resolve(from.relativize(path).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
