package dev.plimsoll.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The ITs' view of Docker through its CLI, independent of the engine under test: the cached test image, and what a run left behind. Everything the ITs make is found by {@link #IT_LABEL}, which containers inherit
 * from the test image, or by the {@code eits-} prefix of the contracts' volume names.
 */
final class ItDocker {
    static final String IT_LABEL = "dev.plimsoll.it=engine-its";
    static final String CACHE_TAG = "plimsoll-eits/app:cache";
    private static final Path APP = Path.of("src/test/resources/it/app");
    private static boolean cached;

    private ItDocker() {}

    /**
     * Builds and tags the test image once with the CLI: the engine removes the images it builds, and their untagged
     * layers would go with them, so every contract would install busybox again. With this tag, the engine's builds
     * of the same directory come from Docker's cache.
     */
    static synchronized void ensureImageCached() {
        if (!cached) {
            docker("build", "-q", "--force-rm", "-t", CACHE_TAG, APP.toString());
            cached = true;
        }
    }

    /** Untags the cached test image, if a run made it; its layers go with it unless something else uses them. */
    static void removeCachedImage() {
        if (!docker("images", "-q", CACHE_TAG).isEmpty()) {
            docker("rmi", CACHE_TAG);
        }
    }

    /** Containers of the test image (any state), and volumes the contracts named. */
    static List<String> leftovers() {
        List<String> found = new ArrayList<>();
        docker("ps", "-a", "-q", "--filter", "label=" + IT_LABEL).forEach(id -> found.add("container " + id));
        docker("volume", "ls", "-q", "--filter", "label=dev.plimsoll=true").stream()
                .filter(name -> name.contains("-eits-"))
                .forEach(name -> found.add("volume " + name));
        return found;
    }

    /** Networks labelled by plimsoll that have no container attached, so no live scenario of anyone uses them. */
    static Set<String> idlePlimsollNetworks() {
        List<String> networks = docker("network", "ls", "-q", "--filter", "label=dev.plimsoll=true");
        if (networks.isEmpty()) {
            return Set.of();
        }
        List<String> inspect =
                new ArrayList<>(List.of("network", "inspect", "--format", "{{.Name}} {{len .Containers}}"));
        inspect.addAll(networks);
        return Set.copyOf(docker(inspect.toArray(String[]::new)).stream()
                .filter(line -> line.endsWith(" 0"))
                .map(line -> line.substring(0, line.indexOf(' ')))
                .toList());
    }

    static List<String> docker(String... args) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DOCKER_BUILDKIT", "0");
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(5, TimeUnit.MINUTES))
                    .as("docker %s finished", args[0])
                    .isTrue();
            assertThat(process.exitValue())
                    .as("docker %s: %s", String.join(" ", args), output)
                    .isZero();
            return output.lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new AssertionError("cannot run docker " + String.join(" ", args), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
