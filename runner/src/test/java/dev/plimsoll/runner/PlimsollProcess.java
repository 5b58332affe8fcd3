package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.docker.RunOwner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar plimsoll.jar ...} as a terminal or CI would start it: with default signal dispositions ({@code env
 * --default-signal}: a background job of a non-interactive shell, and maybe this JVM, has SIGINT ignored), so that
 * signals reach it as they reach a user's run. Finds its run in Docker by the owner labels, never by anything that
 * other runs on the same engine could carry.
 */
final class PlimsollProcess {

    private final Process process;
    private final Path out;
    private final Path err;
    private long exitedAt;

    private PlimsollProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    static PlimsollProcess start(Path jar, Path dir, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT,QUIT,TERM,HUP", javaBinary()));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment()
                .put("PLIMSOLL_REAPER_LOG", dir.resolve(name + ".reaper.log").toString());
        return new PlimsollProcess(builder.start(), out, err);
    }

    long pid() {
        return process.pid();
    }

    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-s", name, Long.toString(pid()))
                .redirectErrorStream(true)
                .start();
        assertThat(kill.waitFor()).as("kill -s " + name).isZero();
    }

    /** Waits for the exit and returns how long it took from {@code since} (System.nanoTime()). */
    Duration awaitExit(Duration atMost, long since) throws InterruptedException {
        assertThat(process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS))
                .as("plimsoll exited within " + atMost + "; it printed:\n" + out() + err())
                .isTrue();
        exitedAt = System.nanoTime();
        return Duration.ofNanos(exitedAt - since);
    }

    int exitCode() {
        return process.exitValue();
    }

    String out() {
        return read(out);
    }

    String err() {
        return read(err);
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    void destroy() {
        process.destroyForcibly();
    }

    /** The id of the run this process owns, once it has created a container. */
    String runId(Duration atMost) throws Exception {
        String owner = "label=dev.plimsoll.owner.pid=" + pid();
        String host = "label=dev.plimsoll.owner.host=" + RunOwner.current().host();
        List<String> ids = List.of();
        long end = System.nanoTime() + atMost.toNanos();
        while (ids.isEmpty() && System.nanoTime() < end) {
            ids = docker(
                    "ps", "-a", "--filter", owner, "--filter", host, "--format", "{{.Label \"dev.plimsoll.run\"}}");
            if (ids.isEmpty()) Thread.sleep(200);
        }
        assertThat(ids)
                .as("containers of pid " + pid() + "; it printed:\n" + out() + err())
                .isNotEmpty();
        return ids.get(0);
    }

    /** Containers, networks and volumes labelled with {@code runId}. */
    static List<String> objectsOf(String runId) throws Exception {
        String label = "label=dev.plimsoll.run=" + runId;
        List<String> found = new ArrayList<>();
        docker("ps", "-a", "-q", "--filter", label).forEach(id -> found.add("container " + id));
        docker("network", "ls", "-q", "--filter", label).forEach(id -> found.add("network " + id));
        docker("volume", "ls", "-q", "--filter", label).forEach(id -> found.add("volume " + id));
        return found;
    }

    static List<String> runningContainersOf(String runId) throws Exception {
        return docker("ps", "-q", "--filter", "label=dev.plimsoll.run=" + runId);
    }

    /** Polls until {@code condition} holds, or gives up at {@code atMost}; true when it held. */
    static boolean eventually(Duration atMost, Check condition) throws Exception {
        long end = System.nanoTime() + atMost.toNanos();
        while (true) {
            if (condition.holds()) return true;
            if (System.nanoTime() > end) return false;
            Thread.sleep(250);
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    static List<String> docker(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor())
                .as(String.join(" ", command) + ": " + output)
                .isZero();
        return output.isEmpty() ? List.of() : output.lines().toList();
    }

    static Optional<Path> jar() {
        Path jar = Path.of(System.getProperty("plimsoll.jar", "target/plimsoll.jar"));
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
