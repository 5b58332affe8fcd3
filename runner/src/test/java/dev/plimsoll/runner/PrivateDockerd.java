package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A dockerd of the test's own, that the test may stop, kill or freeze: its socket, data root, exec root and pidfile
 * live in a temporary directory, its default bridge is an interface made for it, and it touches no iptables. The
 * shared engine at /var/run/docker.sock is only read from (the base image is copied with save | load).
 */
final class PrivateDockerd implements AutoCloseable {

    private final Path dir;
    private final String bridge;
    private Process process;

    private PrivateDockerd(Path dir, String bridge) {
        this.dir = dir;
        this.bridge = bridge;
    }

    /** Starts a dockerd in {@code dir} and copies {@code image} into it from the shared engine. */
    static PrivateDockerd start(Path dir, String image) throws IOException, InterruptedException {
        int subnet = ThreadLocalRandom.current().nextInt(10, 250);
        String bridge = "plt" + ProcessHandle.current().pid() % 100000 + subnet;
        run("ip", "link", "add", bridge, "type", "bridge");
        run("ip", "addr", "add", "10.231." + subnet + ".1/24", "dev", bridge);
        run("ip", "link", "set", bridge, "up");
        PrivateDockerd dockerd = new PrivateDockerd(dir, bridge);
        dockerd.launch();
        run(
                "sh",
                "-c",
                "docker -H unix:///var/run/docker.sock save " + image + " | docker -H " + dockerd.host() + " load");
        return dockerd;
    }

    private void launch() throws IOException, InterruptedException {
        process = new ProcessBuilder(
                        "dockerd",
                        "--host=" + host(),
                        "--data-root=" + dir.resolve("data"),
                        "--exec-root=" + dir.resolve("exec"),
                        "--pidfile=" + dir.resolve("dockerd.pid"),
                        "--bridge=" + bridge,
                        "--iptables=false",
                        "--ip-masq=false",
                        "--ip-forward=false",
                        "--storage-driver=vfs",
                        // its networks must never take the shared engine's 172.17-31 address ranges
                        "--default-address-pool=base=10.232.0.0/16,size=24")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("dockerd.log").toFile()))
                .start();
        for (int i = 0; i < 120; i++) {
            if (docker("info").exitCode == 0) {
                return;
            }
            assertThat(process.isAlive())
                    .as("dockerd runs (log: %s)", dir.resolve("dockerd.log"))
                    .isTrue();
            Thread.sleep(250);
        }
        throw new AssertionError("dockerd did not answer within 30s; log: " + dir.resolve("dockerd.log"));
    }

    /** After a SIGKILL the old engine's containerd may take a moment to let go of its socket. */
    private void relaunch() throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                launch();
                return;
            } catch (AssertionError notYet) {
                if (attempt == 4) {
                    throw notYet;
                }
                Thread.sleep(5000);
            }
        }
    }

    String host() {
        return "unix://" + dir.resolve("docker.sock");
    }

    long pid() {
        return process.pid();
    }

    /** Sends a signal to this dockerd only, by its pid. */
    void signal(String name) throws IOException, InterruptedException {
        run("kill", "-" + name, Long.toString(process.pid()));
    }

    /** How many containers run now. */
    int running() throws IOException, InterruptedException {
        Result ps = docker("ps", "-q");
        return ps.exitCode != 0
                ? 0
                : (int) ps.out.lines().filter(line -> !line.isBlank()).count();
    }

    Result docker(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker", "-H", host()));
        command.addAll(List.of(args));
        return exec(command);
    }

    /**
     * Thaws or restarts the engine so that it removes what the run left, then stops it and deletes its bridge. The
     * temporary directory goes with the test.
     */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            signal("CONT");
        } else {
            relaunch();
        }
        Result all = docker("ps", "-aq");
        if (!all.out.isBlank()) {
            List<String> rm = new ArrayList<>(List.of("rm", "-f", "-v"));
            rm.addAll(all.out.lines().filter(line -> !line.isBlank()).toList());
            docker(rm.toArray(String[]::new));
        }
        docker("network", "prune", "-f");
        docker("volume", "prune", "-f");
        signal("TERM");
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            signal("KILL");
            process.waitFor(10, TimeUnit.SECONDS);
        }
        exec(List.of("ip", "link", "delete", bridge));
        // dockerd mounts its data root on itself; one that was killed leaves that mount behind.
        Path data = dir.resolve("data");
        while (Files.readString(Path.of("/proc/mounts")).contains(" " + data + " ")) {
            run("umount", data.toString());
        }
    }

    record Result(int exitCode, String out) {}

    private static void run(String... command) throws IOException, InterruptedException {
        Result result = exec(List.of(command));
        assertThat(result.exitCode)
                .as("%s: %s", String.join(" ", command), result.out)
                .isZero();
    }

    private static Result exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, new String(out, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
