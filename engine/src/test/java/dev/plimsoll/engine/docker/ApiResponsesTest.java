package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.docker.ApiRequest.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

class ApiResponsesTest {
    private static final String ID = "2bd94c3f303545ac3300abf95fb0d7dca6d9bbd1b03d9e15f9be97bfbf93dbb4";
    private static final ApiRequest CREATE = new ApiRequest(Kind.CREATE, "child", false);
    private static final ApiRequest OTHER = new ApiRequest(Kind.OTHER, "", false);

    private final ByteArrayOutputStream forwarded = new ByteArrayOutputStream();
    private final List<String> created = new ArrayList<>();

    private void forward(String stream, ApiRequest... requests) throws Exception {
        LinkedBlockingQueue<ApiRequest> queue = new LinkedBlockingQueue<>(List.of(requests));
        queue.add(ApiRequest.end());
        ApiResponses.forward(
                new ByteArrayInputStream(stream.getBytes(StandardCharsets.ISO_8859_1)),
                forwarded,
                queue,
                (id, name) -> created.add(name.isEmpty() ? id : id + " as " + name));
        assertThat(forwarded.toString(StandardCharsets.ISO_8859_1))
                .as("forwarded unchanged")
                .isEqualTo(stream);
    }

    private static String json(int status, String body) {
        return "HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body;
    }

    @Test
    void aCreatedContainerIsKnownByTheIdInItsResponse() throws Exception {
        forward(json(200, "[]") + json(201, "{\"Id\":\"" + ID + "\",\"Warnings\":[]}"), OTHER, CREATE);
        assertThat(created).containsExactly(ID + " as child");
    }

    @Test
    void aRefusedCreateMakesNoContainer() throws Exception {
        forward(json(404, "{\"message\":\"No such image: nope\",\"Id\":\"x\"}"), CREATE);
        assertThat(created).isEmpty();
    }

    @Test
    void chunkedResponsesAndInterimAnswersKeepThePairingInOrder() throws Exception {
        String body = "{\"Id\":\"" + ID + "\"}";
        forward(
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"Id\"\r\n3\r\n:1}\r\n0\r\n\r\n"
                        + "HTTP/1.1 100 Continue\r\n\r\n"
                        + "HTTP/1.1 204 No Content\r\n\r\n"
                        + "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n",
                OTHER,
                OTHER,
                new ApiRequest(Kind.CREATE, "", false));
        assertThat(created).containsExactly(ID);
    }

    @Test
    void afterATakeoverTheStreamIsRawAndOnlyForwarded() throws Exception {
        forward(
                "HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n"
                        + json(201, "{\"Id\":\"typed-on-stdout\"}"),
                new ApiRequest(Kind.TAKEOVER, "", false),
                CREATE);
        assertThat(created).isEmpty();
    }

    @Test
    void aHeadResponseHasNoBodyEvenWithALength() throws Exception {
        forward(
                "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n" + json(201, "{\"Id\":\"" + ID + "\"}"),
                new ApiRequest(Kind.OTHER, "", true),
                CREATE);
        assertThat(created).containsExactly(ID + " as child");
    }
}
