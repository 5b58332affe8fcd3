package dev.plimsoll.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The current docker context: {@code DOCKER_CONTEXT}, else {@code currentContext} in config.json; its host is
 * {@code Endpoints.docker.Host} in {@code contexts/meta/<sha256 of the name>/meta.json}. The context named
 * {@code default} means "no context", as for the CLI.
 */
final class DockerContextStrategy implements EndpointStrategy {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Optional<DockerEndpoint> find(DockerSettings settings) {
        Path configDir = DockerConfigDir.of(settings);
        String fromEnv = settings.env().getOrDefault("DOCKER_CONTEXT", "").trim();
        String name = fromEnv.isEmpty() ? currentContext(configDir) : fromEnv;
        if (name.isEmpty() || name.equals("default")) {
            return Optional.empty();
        }
        String origin = "docker context '" + name + "'";
        String hash = sha256(name);
        Path meta = configDir.resolve("contexts/meta").resolve(hash).resolve("meta.json");
        String host = readJson(meta, origin)
                .path("Endpoints")
                .path("docker")
                .path("Host")
                .asText("");
        if (host.isEmpty()) {
            throw new DockerUnavailableException(
                    "cannot find a Docker engine: " + origin + " has no docker endpoint in " + meta, null);
        }
        Path tls = configDir.resolve("contexts/tls").resolve(hash).resolve("docker");
        Optional<Path> certs = Files.isDirectory(tls) ? Optional.of(tls) : Optional.empty();
        return Optional.of(new DockerEndpoint(host, certs, origin));
    }

    private static String currentContext(Path configDir) {
        Path config = configDir.resolve("config.json");
        if (!Files.isRegularFile(config)) {
            return "";
        }
        return readJson(config, "the docker config").path("currentContext").asText("");
    }

    private static JsonNode readJson(Path file, String origin) {
        try {
            return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DockerUnavailableException(
                    "cannot find a Docker engine: cannot read " + file + " (for " + origin + "): " + e.getMessage(), e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
