package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiRequestsTest {
    private static final String ID = "2bd94c3f303545ac3300abf95fb0d7dca6d9bbd1b03d9e15f9be97bfbf93dbb4";

    private final ByteArrayOutputStream forwarded = new ByteArrayOutputStream();
    private final List<String> started = new ArrayList<>();
    private final List<ApiRequest> requests = new ArrayList<>();

    private void forward(String stream) throws IOException {
        ApiRequests.forward(
                new ByteArrayInputStream(stream.getBytes(StandardCharsets.ISO_8859_1)), forwarded, request -> {
                    requests.add(request);
                    if (request.kind() == ApiRequest.Kind.START) {
                        started.add(request.container());
                    }
                });
        assertThat(forwarded.toString(StandardCharsets.ISO_8859_1))
                .as("forwarded unchanged")
                .isEqualTo(stream);
    }

    @Test
    void notesTheContainersStartedOnOneKeptAliveConnection() throws IOException {
        String create = "{\"Image\":\"debian:bookworm-slim\",\"Cmd\":[\"sleep\",\"9\"]}";
        forward(
                "POST /v1.41/containers/create?name=child HTTP/1.1\r\nHost: docker\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + create.length() + "\r\n\r\n" + create
                        + "POST /v1.41/containers/" + ID
                        + "/start HTTP/1.1\r\nHost: docker\r\nContent-Length: 0\r\n\r\n"
                        + "GET /containers/json HTTP/1.1\r\nHost: docker\r\n\r\n"
                        + "POST /containers/child/start?detachKeys=x HTTP/1.1\r\nHost: docker\r\n\r\n");
        assertThat(started).containsExactly(ID, "child");
    }

    @Test
    void aStartWrittenInsideABodyIsNotAStart() throws IOException {
        String body = "POST /containers/decoy/start HTTP/1.1\r\n\r\n";
        forward("POST /v1.41/containers/create HTTP/1.1\r\nContent-Length: " + body.length() + "\r\n\r\n" + body
                + "POST /v1.41/containers/real/start HTTP/1.1\r\n\r\n");
        assertThat(started).containsExactly("real");
    }

    @Test
    void chunkedBodiesAreSkippedByTheirSizes() throws IOException {
        forward("POST /v1.41/build HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "1a\r\nPOST /containers/x/start \r\n0\r\n\r\n"
                + "POST /v1.41/containers/after/start HTTP/1.1\r\n\r\n");
        assertThat(started).containsExactly("after");
    }

    @Test
    void afterAnAttachTheStreamIsRawAndOnlyForwarded() throws IOException {
        forward(
                "POST /v1.41/containers/a/attach?stream=1&stdin=1 HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n"
                        + "POST /containers/typed-on-stdin/start HTTP/1.1\r\n\r\n");
        assertThat(started).isEmpty();
    }

    @Test
    void somethingThatIsNotHttpIsForwardedAndNeverParsed() throws IOException {
        forward("\u0000\u0001binary\r\nno colon here\r\n\r\nPOST /containers/x/start HTTP/1.1\r\n\r\n");
        assertThat(started).isEmpty();
    }

    @Test
    void otherRequestsOnAContainerAreNotStarts() throws IOException {
        forward("POST /v1.41/containers/" + ID + "/stop HTTP/1.1\r\n\r\nPOST /v1.41/containers/" + ID
                + "/restart HTTP/1.1\r\n\r\nDELETE /v1.41/containers/" + ID + " HTTP/1.1\r\n\r\n");
        assertThat(started).isEmpty();
    }

    @Test
    void reportsEveryRequestInOrderWithTheNameACreateAsksFor() throws IOException {
        forward("POST /v1.41/containers/create?fromImage=x&name=child%2D1 HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}"
                + "HEAD /_ping HTTP/1.1\r\n\r\n"
                + "POST /v1.41/containers/create HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}"
                + "POST /v1.41/containers/child-1/attach?stream=1 HTTP/1.1\r\n\r\n");
        assertThat(requests)
                .containsExactly(
                        new ApiRequest(ApiRequest.Kind.CREATE, "child-1", false),
                        new ApiRequest(ApiRequest.Kind.OTHER, "", true),
                        new ApiRequest(ApiRequest.Kind.CREATE, "", false),
                        new ApiRequest(ApiRequest.Kind.TAKEOVER, "", false),
                        ApiRequest.end());
    }
}
