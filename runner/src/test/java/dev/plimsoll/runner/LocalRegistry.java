package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real distribution registry (Debian's docker-registry, fetched by scripts/registry when missing) run as a
 * process on 127.0.0.1 at a free port, with its storage and config in a folder of the test's; optionally with
 * htpasswd authentication. Read back over its HTTP API. {@link #close()} stops the process by its pid.
 */
final class LocalRegistry implements AutoCloseable {

    private static final Path SCRIPT =
            Path.of("../scripts/registry").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANIFESTS = String.join(
            ", ",
            "application/vnd.docker.distribution.manifest.v2+json",
            "application/vnd.docker.distribution.manifest.list.v2+json",
            "application/vnd.oci.image.manifest.v1+json",
            "application/vnd.oci.image.index.v1+json");

    private final Process process;
    private final int port;
    private final Path log;
    private final Optional<String> basicAuth;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LocalRegistry(Process process, int port, Path log, Optional<String> basicAuth) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.basicAuth = basicAuth;
    }

    /** Without authentication. */
    static LocalRegistry open(Path folder) throws Exception {
        return start(folder, Optional.empty(), Optional.empty());
    }

    /** Asks for {@code user}'s {@code password} (bcrypt in an htpasswd file) on every request. */
    static LocalRegistry withPassword(Path folder, String user, String password) throws Exception {
        Path htpasswd = folder.resolve("htpasswd");
        String hash = run(tool("htpasswd"), "-Bbn", user, password);
        Files.writeString(htpasswd, hash.strip() + "\n");
        return start(
                folder,
                Optional.of(htpasswd),
                Optional.of(
                        Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))));
    }

    private static LocalRegistry start(Path folder, Optional<Path> htpasswd, Optional<String> basicAuth)
            throws Exception {
        String binary = tool("binary");
        Files.createDirectories(folder.resolve("storage"));
        int port = freePort();
        String auth = htpasswd.map(file -> "auth:\n  htpasswd:\n    realm: plimsoll-it\n    path: " + file + "\n")
                .orElse("");
        Path config = folder.resolve("config.yml");
        Files.writeString(
                config,
                "version: 0.1\n"
                        + "log:\n  level: info\n"
                        + "storage:\n  filesystem:\n    rootdirectory: " + folder.resolve("storage") + "\n"
                        + "http:\n  addr: 127.0.0.1:" + port + "\n  secret: plimsoll-it-" + port + "\n"
                        + auth);
        Path log = folder.resolve("registry.log");
        Process process = new ProcessBuilder(binary, "serve", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        LocalRegistry registry = new LocalRegistry(process, port, log, basicAuth);
        registry.awaitAnswer();
        return registry;
    }

    /** {@code 127.0.0.1:PORT}: what --registry is given. */
    String host() {
        return "127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** GET /v2/_catalog: every repository that holds something. */
    List<String> repositories() throws Exception {
        return strings(getJson("/v2/_catalog").path("repositories"));
    }

    /** GET /v2/NAME/tags/list; no tags for a repository that does not exist. */
    List<String> tags(String name) throws Exception {
        HttpResponse<String> response =
                send(request("/v2/" + name + "/tags/list").GET());
        if (response.statusCode() == 404) {
            return List.of();
        }
        assertThat(response.statusCode())
                .as("tags of %s: %s", name, response.body())
                .isEqualTo(200);
        return strings(JSON.readTree(response.body()).path("tags"));
    }

    /** HEAD /v2/NAME/manifests/TAG: the Docker-Content-Digest the registry answers for that tag. */
    String digest(String name, String tag) throws Exception {
        HttpResponse<String> response = send(request("/v2/" + name + "/manifests/" + tag)
                .header("Accept", MANIFESTS)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).as("manifest %s:%s", name, tag).isEqualTo(200);
        return response.headers().firstValue("Docker-Content-Digest").orElseThrow();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = send(request(path).GET());
        assertThat(response.statusCode())
                .as("GET %s: %s", path, response.body())
                .isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create("http://" + host() + path)).timeout(Duration.ofSeconds(10));
        basicAuth.ifPresent(credentials -> builder.header("Authorization", "Basic " + credentials));
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitAnswer() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                int status = send(HttpRequest.newBuilder(URI.create("http://" + host() + "/v2/"))
                                .GET())
                        .statusCode();
                if (status == 200 || status == 401) {
                    return;
                }
            } catch (ConnectException notYet) {
                // still starting
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new AssertionError("the registry did not answer on " + host() + "; its log:\n" + log());
            }
            Thread.sleep(100);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The path scripts/registry prints for {@code what}; it fetches or installs the tool when missing. */
    private static String tool(String what) throws Exception {
        return run(SCRIPT.toString(), what).strip();
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue())
                .as("%s: %s", String.join(" ", command), err)
                .isZero();
        return out;
    }
}
