package dev.plimsoll.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A docker credential helper run as the docker CLI runs it: {@code docker-credential-<name> get} found on
 * {@code PATH}, the server address on stdin, {@code {"ServerURL","Username","Secret"}} on stdout. A helper that
 * has nothing for the server says {@code credentials not found}; user {@code <token>} means an identity token.
 */
final class CredentialHelper {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 30;

    private final String program;
    private final Map<String, String> env;

    CredentialHelper(String name, Map<String, String> env) {
        this.program = "docker-credential-" + name;
        this.env = env;
    }

    Optional<RegistryAuth> get(String registryHost, String server) {
        Path executable = find().orElseThrow(() -> new PushFailedException(
                registryHost,
                "cannot get the credentials for " + registryHost + ": " + program
                        + " (named in the docker config) is not on PATH"));
        String output;
        int exit;
        try {
            ProcessBuilder builder = new ProcessBuilder(executable.toString(), "get").redirectErrorStream(true);
            builder.environment().clear();
            builder.environment().putAll(env);
            Process process = builder.start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(server.getBytes(StandardCharsets.UTF_8));
            }
            try (InputStream stdout = process.getInputStream()) {
                output = new String(stdout.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw failure(registryHost, "it did not answer within " + TIMEOUT_SECONDS + "s");
            }
            exit = process.exitValue();
        } catch (IOException e) {
            throw failure(registryHost, DockerCall.reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(registryHost, "interrupted");
        }
        if (exit != 0) {
            if (output.contains("credentials not found")) {
                return Optional.empty();
            }
            // A failing helper prints its error, not credentials; still, show one short line only.
            String line = output.strip().lines().findFirst().orElse("exit code " + exit);
            throw failure(registryHost, line.length() > 200 ? line.substring(0, 200) + "…" : line);
        }
        return parse(output, registryHost, server);
    }

    private Optional<RegistryAuth> parse(String output, String registryHost, String server) {
        JsonNode answer;
        try {
            answer = JSON.readTree(output);
        } catch (IOException e) {
            throw failure(registryHost, "its answer is not JSON");
        }
        String user = answer.path("Username").asText("");
        String secret = answer.path("Secret").asText("");
        if (user.isEmpty() && secret.isEmpty()) {
            return Optional.empty();
        }
        String source = program;
        if (user.equals("<token>")) {
            return Optional.of(new RegistryAuth(server, "", "", Optional.of(secret), source));
        }
        return Optional.of(new RegistryAuth(server, user, secret, Optional.empty(), source));
    }

    private Optional<Path> find() {
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private PushFailedException failure(String registryHost, String reason) {
        return new PushFailedException(
                registryHost, "cannot get the credentials for " + registryHost + " from " + program + ": " + reason);
    }
}
