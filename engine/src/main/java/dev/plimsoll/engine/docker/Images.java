package dev.plimsoll.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Image inspection and pulls. Inspection reads the engine's JSON itself because docker-java's model has no
 * {@code StopSignal}.
 */
final class Images {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONTENT_ID = Pattern.compile("sha256:[0-9a-f]{64}");

    private final Map<String, ImageInfo> byContentId = new ConcurrentHashMap<>();

    private final DockerClient client;
    private final DockerHttpClient http;
    private final DockerClientConfig config;
    private final String apiPrefix;
    private final EngineWatch watch;

    Images(Connector.Connection connection, EngineWatch watch) {
        this.watch = watch;
        this.client = connection.client();
        this.http = connection.http();
        this.config = connection.config();
        this.apiPrefix = "/v" + connection.apiVersion();
    }

    /**
     * An image named by its content id ({@code sha256:} and 64 hex digits) is inspected once: the id is the digest
     * of the very config the inspection reports, so the answer cannot change (each create asked it again for the
     * image's VOLUMEs). Names ({@code app:1}) can move and are asked every time.
     */
    Optional<ImageInfo> inspect(String ref) {
        if (ref.isBlank() || ref.chars().anyMatch(c -> Character.isWhitespace(c) || c == '?' || c == '#')) {
            return Optional.empty();
        }
        ImageInfo known = byContentId.get(ref);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ImageInfo> info =
                watch.run("inspect image " + ref, () -> fetch(ref).map(Images::toImageInfo));
        if (isContentId(ref)) {
            info.ifPresent(found -> byContentId.put(ref, found));
        }
        return info;
    }

    static boolean isContentId(String ref) {
        return CONTENT_ID.matcher(ref).matches();
    }

    ImageInfo ensure(String ref) {
        Optional<ImageInfo> local = inspect(ref);
        if (local.isPresent()) {
            return local.get();
        }
        try {
            watch.run("pull image " + ref, EngineWatch.LONG_OPERATION, () -> pull(ref));
        } catch (DockerOperationException e) {
            throw new ImageUnavailableException(
                    "image '" + ref + "' is not present locally and could not be pulled: " + DockerCall.reason(e), e);
        }
        return inspect(ref)
                .orElseThrow(() -> new ImageUnavailableException(
                        "image '" + ref + "' is not present locally and could not be pulled: the pull left no image",
                        null));
    }

    private void pull(String ref) {
        AuthConfig auth = config.effectiveAuthConfig(ref);
        QuietCallback<PullResponseItem> callback = new QuietCallback<>();
        try {
            client.pullImageCmd(ref).withAuthConfig(auth).exec(callback).awaitCompletion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DockerOperationException("interrupted while pulling " + ref, e);
        }
        callback.rethrow();
    }

    /** The images labelled {@code dev.plimsoll=true}, read from the engine's disk usage report. */
    List<BuiltImage> built() {
        JsonNode usage = DockerCall.run("ask the engine's disk usage", () -> get("/system/df?type=image"));
        List<BuiltImage> built = new ArrayList<>();
        for (JsonNode image : usage.path("Images")) {
            JsonNode labels = image.path("Labels");
            if (!labels.path(Cleanup.OUR_LABEL).asText("").equals("true")) continue;
            long size = image.path("Size").asLong();
            long shared = image.path("SharedSize").asLong(-1);
            List<String> tags = strings(image.path("RepoTags")).stream()
                    .filter(tag -> !tag.equals("<none>:<none>"))
                    .toList();
            built.add(new BuiltImage(
                    image.path("Id").asText(),
                    tags,
                    text(labels.path(ImageBuilder.BUILD_LABEL)),
                    image.path("Created").asLong(),
                    shared < 0 ? size : Math.max(0, size - shared),
                    image.path("Containers").asInt(-1)));
        }
        return built;
    }

    /** Without force: an image a container uses stays, and so does one that other images build on. */
    boolean remove(String imageId) {
        byContentId.remove(imageId);
        try {
            DockerCall.run("remove image " + Containers.shortId(imageId), () -> {
                try {
                    client.removeImageCmd(imageId).withForce(false).exec();
                } catch (com.github.dockerjava.api.exception.NotFoundException gone) {
                    // Already gone is what we wanted.
                }
            });
            return true;
        } catch (DockerOperationException inUse) {
            return false;
        }
    }

    private JsonNode get(String path) {
        Request request = Request.builder()
                .method(Request.Method.GET)
                .path(apiPrefix + path)
                .build();
        try (DockerHttpClient.Response response = http.execute(request);
                InputStream body = response.getBody()) {
            JsonNode json = JSON.readTree(body);
            if (response.getStatusCode() != 200) {
                throw new DockerOperationException(json.path("message").asText("status " + response.getStatusCode()));
            }
            return json;
        } catch (IOException e) {
            throw new DockerOperationException(DockerCall.reason(e), e);
        }
    }

    private Optional<JsonNode> fetch(String ref) {
        Request request = Request.builder()
                .method(Request.Method.GET)
                .path(apiPrefix + "/images/" + ref + "/json")
                .build();
        try (DockerHttpClient.Response response = http.execute(request);
                InputStream body = response.getBody()) {
            if (response.getStatusCode() == 404) {
                return Optional.empty();
            }
            JsonNode json = JSON.readTree(body);
            if (response.getStatusCode() != 200) {
                throw new DockerOperationException(json.path("message").asText("status " + response.getStatusCode()));
            }
            return Optional.of(json);
        } catch (IOException e) {
            throw new DockerOperationException(DockerCall.reason(e), e);
        }
    }

    static ImageInfo toImageInfo(JsonNode image) {
        JsonNode config = image.path("Config");
        JsonNode health = config.path("Healthcheck").path("Test");
        boolean healthcheck =
                health.isArray() && health.size() > 0 && !health.get(0).asText().equals("NONE");
        return new ImageInfo(
                image.path("Id").asText(),
                text(config.path("User")),
                fieldNames(config.path("ExposedPorts")),
                fieldNames(config.path("Volumes")),
                env(config.path("Env")),
                stringMap(config.path("Labels")),
                healthcheck,
                text(config.path("StopSignal")),
                text(config.path("WorkingDir")),
                strings(config.path("Entrypoint")),
                strings(config.path("Cmd")),
                image.path("Size").asLong());
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isEmpty() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        node.fields()
                .forEachRemaining(
                        field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }

    private static Map<String, String> env(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String entry : strings(node)) {
            int eq = entry.indexOf('=');
            values.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? "" : entry.substring(eq + 1));
        }
        return values;
    }
}
