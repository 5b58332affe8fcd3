package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectorTest {

    @ParameterizedTest(name = "server {0} -> {1}")
    @CsvSource({"1.41, 1.41", "1.44, 1.44", "1.52, 1.44", "1.25, 1.25"})
    void speaksTheServersVersionCappedToTheNewestDockerJavaKnows(String server, String spoken) {
        assertThat(Connector.cap(server).getVersion()).isEqualTo(spoken);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ssh://me@host", "npipe:////./pipe/docker_engine"})
    void refusesSchemesTheTransportCannotSpeakInOneSentence(String host) {
        DockerEndpoint endpoint = new DockerEndpoint(host, Optional.empty(), "DOCKER_HOST");

        assertThatThrownBy(() -> Connector.open(endpoint, java.nio.file.Path.of("/nonexistent")))
                .isInstanceOf(DockerUnavailableException.class)
                .hasMessageStartingWith("cannot reach a Docker engine at " + host + " (from DOCKER_HOST): the '")
                .hasMessageEndingWith("' scheme is not supported (use unix:// or tcp://)");
    }
}
