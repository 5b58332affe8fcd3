package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class DockerCallTest {

    @Test
    void keepsTheEnginesOwnWordsUnescaped() {
        RuntimeException engine = new RuntimeException(
                "Status 500: {\"message\":\"Get \\\"http://127.0.0.1:1/v2/\\\": connection refused\"}\n");

        assertThat(DockerCall.reason(engine)).isEqualTo("get \"http://127.0.0.1:1/v2/\": connection refused");
    }

    @Test
    void shortensHttpclientsConnectFailureAndUsesTheInnermostCause() {
        RuntimeException wrapped = new RuntimeException(
                "outer", new ConnectException("Connect to http://127.0.0.1:1 [/127.0.0.1] failed: Connection refused"));

        assertThat(DockerCall.reason(wrapped)).isEqualTo("connection refused");
        assertThat(DockerCall.reason(new IOException())).isEqualTo("IOException");
    }

    @Test
    void wrapsLibraryFailuresInOneSentenceNamingTheOperation() {
        assertThatThrownBy(() -> DockerCall.run("inspect container abc", () -> {
                    throw new IllegalStateException("No such container: abc");
                }))
                .isInstanceOf(DockerOperationException.class)
                .hasMessage("docker could not inspect container abc: no such container: abc");
    }
}
