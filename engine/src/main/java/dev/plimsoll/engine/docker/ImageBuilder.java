package dev.plimsoll.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageCmd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds images once per run: the same context, Dockerfile, args and target give the same image, and callers
 * asking concurrently wait for the one build. Images are tagged {@code plimsoll-build/<hash>:latest} (so they
 * are not left dangling and show who made them) and labelled {@code dev.plimsoll=true} only: they outlive the
 * run, so the next run's build hits Docker's layer cache; {@code plimsoll clean} leaves them.
 */
final class ImageBuilder {

    static final String TAG_REPOSITORY = "plimsoll-build/";

    /** Which contract and build target an image was built for: its previous builds are removed after a new one. */
    static final String BUILD_LABEL = "dev.plimsoll.build";

    private static final String PLIMSOLL_LABEL = "dev.plimsoll";
    private static final Logger LOG = LoggerFactory.getLogger(ImageBuilder.class);

    private final DockerClient client;
    private final Map<String, String> runLabels;
    private final ConcurrentMap<String, CompletableFuture<String>> builds = new ConcurrentHashMap<>();
    private final AtomicInteger buildsRun = new AtomicInteger();

    ImageBuilder(DockerClient client, Map<String, String> runLabels) {
        this.client = client;
        this.runLabels = Map.copyOf(runLabels);
    }

    String build(BuildRequest request) {
        String key = key(request);
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> existing = builds.putIfAbsent(key, mine);
        if (existing != null) {
            return join(existing);
        }
        try {
            mine.complete(DockerCall.run("build " + request.context(), () -> buildNow(request, key)));
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
        }
        return join(mine);
    }

    /** How many builds actually reached Docker (the rest came from the cache). */
    int buildsRun() {
        return buildsRun.get();
    }

    private static String join(CompletableFuture<String> build) {
        try {
            return build.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private String buildNow(BuildRequest request, String key) {
        if (!Files.isRegularFile(request.context().resolve(request.dockerfile()))) {
            throw new BuildFailedException(
                    "no Dockerfile '" + request.dockerfile() + "' in " + request.context(), List.of());
        }
        buildsRun.incrementAndGet();
        BuildProgress progress = new BuildProgress();
        try (ContextTar tar = ContextTar.open(request.context(), request.dockerfile())) {
            command(request, key, tar).exec(progress).awaitCompletion();
            progress.rethrow();
            IOException failure = tar.failure();
            if (failure != null) {
                throw new BuildFailedException(
                        "cannot send the build context: " + failure.getMessage(), progress.tail());
            }
        } catch (IOException e) {
            throw new BuildFailedException("cannot send the build context: " + e.getMessage(), progress.tail());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DockerOperationException("interrupted while building " + request.context(), e);
        } catch (RuntimeException e) {
            if (progress.error().isEmpty()) {
                throw new BuildFailedException(DockerCall.reason(e), progress.tail());
            }
        }
        if (progress.error().isPresent() || progress.imageId().isEmpty()) {
            removeDangling(progress.stepImages());
            throw new BuildFailedException(progress.error().orElse("docker reported no image id"), progress.tail());
        }
        // The classic builder may only say "Successfully built <short id>".
        String built = client.inspectImageCmd(progress.imageId().get()).exec().getId();
        removeOlder(key, built);
        return built;
    }

    /**
     * Each rebuild after a change leaves the previous image untagged: keep only the newest per build key. Best
     * effort, without force, so an image a container still uses stays (a later build or {@code clean --images}
     * removes it).
     */
    private void removeOlder(String key, String newest) {
        try {
            client.listImagesCmd().withLabelFilter(Map.of(BUILD_LABEL, shortKey(key))).exec().stream()
                    .map(com.github.dockerjava.api.model.Image::getId)
                    .filter(id -> !id.equals(newest))
                    .forEach(this::removeQuietly);
        } catch (RuntimeException e) {
            LOG.debug("could not list earlier builds of {}: {}", shortKey(key), DockerCall.reason(e));
        }
    }

    private void removeQuietly(String image) {
        try {
            client.removeImageCmd(image).withForce(false).exec();
            LOG.debug("removed {}, an earlier build", image);
        } catch (RuntimeException inUse) {
            LOG.debug("kept earlier build {}: {}", image, DockerCall.reason(inUse));
        }
    }

    private static String shortKey(String key) {
        return key.substring(0, 16);
    }

    /**
     * Best effort, and never a tagged image (the base image is a step too); an untagged image that others
     * build on is refused by Docker and kept.
     */
    private void removeDangling(List<String> stepImages) {
        for (String image : stepImages) {
            try {
                List<String> tags = client.inspectImageCmd(image).exec().getRepoTags();
                if (tags != null && tags.stream().anyMatch(tag -> !tag.equals("<none>:<none>"))) {
                    continue;
                }
                client.removeImageCmd(image).withNoPrune(true).exec();
            } catch (RuntimeException inUse) {
                LOG.debug("kept step image {} of a failed build: {}", image, DockerCall.reason(inUse));
            }
        }
    }

    private BuildImageCmd command(BuildRequest request, String key, ContextTar tar) {
        Map<String, String> labels = new HashMap<>(request.labels());
        labels.put(PLIMSOLL_LABEL, runLabels.getOrDefault(PLIMSOLL_LABEL, "true"));
        labels.put(BUILD_LABEL, shortKey(key));
        BuildImageCmd command = client.buildImageCmd(tar.input())
                .withDockerfilePath(DockerIgnore.clean(request.dockerfile()))
                .withLabels(labels)
                .withTags(java.util.Set.of(TAG_REPOSITORY + shortKey(key) + ":latest"))
                .withRemove(true)
                .withForcerm(true)
                .withPull(false);
        request.args().forEach(command::withBuildArg);
        request.target().ifPresent(command::withTarget);
        return command;
    }

    /** Identifies the inputs; the context's files are not hashed, as they do not change during a run. */
    static String key(BuildRequest request) {
        StringBuilder text = new StringBuilder()
                .append(request.context())
                .append('\0')
                .append(DockerIgnore.clean(request.dockerfile()))
                .append('\0')
                .append(request.target().orElse(""));
        new TreeMap<>(request.args())
                .forEach((k, v) -> text.append('\0').append(k).append('=').append(v));
        new TreeMap<>(request.labels())
                .forEach((k, v) -> text.append('\0').append(k).append(':').append(v));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
