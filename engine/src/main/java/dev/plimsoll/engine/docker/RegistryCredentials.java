package dev.plimsoll.engine.docker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a registry's credentials where the docker CLI finds them, in {@code $DOCKER_CONFIG/config.json} (else
 * {@code ~/.docker/config.json}): a {@code credHelpers} entry for the registry, else the {@code credsStore}
 * (with either, the helper program is asked and {@code auths} holds no secrets), else an {@code auths} entry,
 * whose key may be written as a host or as a URL. No credentials is not an error: the push is tried anonymously.
 */
final class RegistryCredentials {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path configFile;
    private final Map<String, String> env;

    RegistryCredentials(Path configDir, Map<String, String> env) {
        this.configFile = configDir.resolve("config.json");
        this.env = Map.copyOf(env);
    }

    static RegistryCredentials of(DockerSettings settings) {
        return new RegistryCredentials(DockerConfigDir.of(settings), settings.env());
    }

    /** Throws {@link PushFailedException} when the config file or a helper is broken: the push would be wrong. */
    Optional<RegistryAuth> forRegistry(String registryHost) {
        JsonNode config = read(registryHost);
        String server = registryHost.equals(ImageName.DOCKER_HUB) ? ImageName.DOCKER_HUB_SERVER : registryHost;
        String helper = config.path("credHelpers").path(registryHost).asText("");
        if (helper.isEmpty() && registryHost.equals(ImageName.DOCKER_HUB)) {
            helper =
                    config.path("credHelpers").path(ImageName.DOCKER_HUB_SERVER).asText("");
        }
        if (helper.isEmpty()) {
            helper = config.path("credsStore").asText("");
        }
        if (!helper.isEmpty()) {
            return new CredentialHelper(helper, env).get(registryHost, server);
        }
        return fromAuths(config.path("auths"), registryHost, server);
    }

    private JsonNode read(String registryHost) {
        try {
            return JSON.readTree(Files.readString(configFile, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return JSON.createObjectNode();
        } catch (JsonProcessingException e) {
            // Jackson's own message may quote the file, and the file holds secrets: say where only.
            throw new PushFailedException(
                    registryHost,
                    "cannot read the credentials for " + registryHost + ": " + configFile + " is not valid JSON (line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new PushFailedException(
                    registryHost, "cannot read the credentials for " + registryHost + ": " + DockerCall.reason(e));
        }
    }

    private Optional<RegistryAuth> fromAuths(JsonNode auths, String registryHost, String server) {
        for (Iterator<Map.Entry<String, JsonNode>> it = auths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!hostOf(entry.getKey()).equals(hostOf(server))) {
                continue;
            }
            JsonNode auth = entry.getValue();
            String source = configFile + " (auths)";
            Optional<String> token = text(auth.path("identitytoken"));
            String user = auth.path("username").asText("");
            String password = auth.path("password").asText("");
            String encoded = auth.path("auth").asText("");
            if (!encoded.isEmpty()) {
                String decoded = decode(encoded, registryHost);
                int colon = decoded.indexOf(':');
                if (colon < 0) {
                    throw new PushFailedException(
                            registryHost,
                            "cannot read the credentials for " + registryHost + ": the 'auth' entry in " + configFile
                                    + " is not base64 of user:password");
                }
                user = decoded.substring(0, colon);
                password = decoded.substring(colon + 1);
            }
            if (user.isEmpty() && token.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new RegistryAuth(server, user, password, token, source));
        }
        return Optional.empty();
    }

    private String decode(String encoded, String registryHost) {
        try {
            return new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new PushFailedException(
                    registryHost,
                    "cannot read the credentials for " + registryHost + ": the 'auth' entry in " + configFile
                            + " is not base64");
        }
    }

    /** {@code https://host:port/v1/} and {@code host:port} name the same registry; Hub has three names. */
    static String hostOf(String key) {
        String host = key.replaceFirst("^[a-zA-Z]+://", "");
        int slash = host.indexOf('/');
        host = slash < 0 ? host : host.substring(0, slash);
        return host.equals("index.docker.io") || host.equals("registry-1.docker.io") ? ImageName.DOCKER_HUB : host;
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isEmpty() ? Optional.of(node.asText()) : Optional.empty();
    }
}
