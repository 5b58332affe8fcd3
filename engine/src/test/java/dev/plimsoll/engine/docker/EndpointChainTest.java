package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointChainTest {

    @TempDir
    Path home;

    private final Map<String, String> env = new HashMap<>();
    private Optional<String> override = Optional.empty();

    private DockerEndpoint resolve() {
        return EndpointChain.standard().resolve(new DockerSettings(override, env, home, "run"));
    }

    @Test
    void fallsBackToTheDefaultSocket() {
        assertThat(resolve().describe()).isEqualTo("unix:///var/run/docker.sock (from the default socket)");
    }

    @Test
    void theRunnersOverrideComesFirst() throws IOException {
        override = Optional.of("tcp://127.0.0.1:2375");
        env.put("DOCKER_HOST", "unix:///run/podman/podman.sock");
        writeContext("remote", "tcp://10.0.0.1:2376");
        writeConfig("{\"currentContext\": \"remote\"}");

        assertThat(resolve().describe()).isEqualTo("tcp://127.0.0.1:2375 (from --docker-host)");
    }

    @Test
    void dockerHostComesBeforeTheContext() throws IOException {
        env.put("DOCKER_HOST", "unix:///run/podman/podman.sock");
        writeContext("remote", "tcp://10.0.0.1:2376");
        env.put("DOCKER_CONTEXT", "remote");

        DockerEndpoint endpoint = resolve();

        assertThat(endpoint.describe()).isEqualTo("unix:///run/podman/podman.sock (from DOCKER_HOST)");
        assertThat(endpoint.tlsCertPath()).isEmpty();
    }

    @Test
    void tlsVerifyTakesCertificatesFromDockerCertPathOrTheConfigDir() {
        env.put("DOCKER_HOST", "tcp://127.0.0.1:2376");
        env.put("DOCKER_TLS_VERIFY", "1");
        assertThat(resolve().tlsCertPath()).contains(home.resolve(".docker"));

        env.put("DOCKER_CERT_PATH", "/certs");
        assertThat(resolve().tlsCertPath()).contains(Path.of("/certs"));
    }

    @Test
    void readsTheCurrentContextFromTheConfig() throws IOException {
        writeContext("colima", "unix:///home/me/.colima/docker.sock");
        writeConfig("{\"auths\": {}, \"currentContext\": \"colima\"}");

        assertThat(resolve().describe())
                .isEqualTo("unix:///home/me/.colima/docker.sock (from docker context 'colima')");
    }

    @Test
    void dockerContextOverridesTheConfigAndDockerConfigMovesTheDirectory() throws IOException {
        Path elsewhere = home.resolve("elsewhere");
        env.put("DOCKER_CONFIG", elsewhere.toString());
        env.put("DOCKER_CONTEXT", "ci");
        writeContextIn(elsewhere, "ci", "tcp://127.0.0.1:2375");
        writeConfig("{\"currentContext\": \"other\"}");

        assertThat(resolve().describe()).isEqualTo("tcp://127.0.0.1:2375 (from docker context 'ci')");
    }

    @Test
    void theDefaultContextMeansTheDefaultSocket() throws IOException {
        writeConfig("{\"currentContext\": \"default\"}");

        assertThat(resolve().origin()).isEqualTo("the default socket");
    }

    @Test
    void aContextWithoutMetadataIsReportedByName() {
        env.put("DOCKER_CONTEXT", "gone");

        assertThatThrownBy(this::resolve)
                .isInstanceOf(DockerUnavailableException.class)
                .hasMessageStartingWith("cannot find a Docker engine: cannot read ")
                .hasMessageContaining("(for docker context 'gone')");
    }

    private void writeConfig(String json) throws IOException {
        Files.createDirectories(home.resolve(".docker"));
        Files.writeString(home.resolve(".docker/config.json"), json);
    }

    private void writeContext(String name, String host) throws IOException {
        writeContextIn(home.resolve(".docker"), name, host);
    }

    private static void writeContextIn(Path configDir, String name, String host) throws IOException {
        Path meta = configDir.resolve("contexts/meta").resolve(sha256(name)).resolve("meta.json");
        Files.createDirectories(meta.getParent());
        Files.writeString(
                meta,
                "{\"Name\":\"" + name + "\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":\"" + host
                        + "\",\"SkipTLSVerify\":false}}}");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
