package dev.plimsoll.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plimsoll.engine.docker.ApiRequest.Kind;
import dev.plimsoll.engine.docker.HttpStream.Head;
import dev.plimsoll.engine.docker.HttpStream.NotHttp;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.BlockingQueue;
import java.util.function.BiConsumer;

/**
 * The engine's half of a connection through the scenario's Docker socket: every byte is forwarded the moment it is
 * read, and each response is paired, in order, with the request {@link ApiRequests} reported for it. A successful
 * {@code containers/create} names its container only in the response, so this is where a container that is created
 * but never started becomes known, and can be removed with the scenario.
 */
final class ApiResponses {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CREATE_BODY = 64 * 1024;

    private ApiResponses() {}

    /**
     * Copies {@code engine} to {@code client} until the engine's end, telling {@code created} the id and requested
     * name (empty when none) of each container created on this connection.
     */
    static void forward(
            InputStream engine,
            OutputStream client,
            BlockingQueue<ApiRequest> requests,
            BiConsumer<String, String> created)
            throws IOException, InterruptedException {
        BufferedInputStream in = new BufferedInputStream(new HttpStream.Tee(engine, client));
        try {
            scan(in, requests, created);
        } catch (NotHttp e) {
            // only forward from here on
        }
        in.transferTo(OutputStream.nullOutputStream()); // the tee forwards what this reads
    }

    private static void scan(InputStream in, BlockingQueue<ApiRequest> requests, BiConsumer<String, String> created)
            throws IOException, NotHttp, InterruptedException {
        while (true) {
            String statusLine = HttpStream.line(in);
            if (statusLine == null) {
                return;
            }
            int status = status(statusLine);
            Head head = HttpStream.headers(in);
            if (status >= 100 && status < 200 && status != 101) {
                continue; // an interim answer (100 Continue); the final one for the same request follows
            }
            ApiRequest request = requests.take(); // reported before the engine could answer it
            if (request.kind() == Kind.END || request.kind() == Kind.TAKEOVER || status == 101) {
                return; // raw streams from here on
            }
            if (request.head() || status == 204 || status == 304) {
                continue;
            }
            if (head.length() < 0 && !head.chunked()) {
                return; // the body runs to the end of the connection
            }
            boolean creation = request.kind() == Kind.CREATE && status / 100 == 2;
            byte[] body = HttpStream.body(in, head, creation ? MAX_CREATE_BODY : 0);
            if (creation) {
                String id = id(body);
                if (!id.isEmpty()) {
                    created.accept(id, request.container());
                }
            }
        }
    }

    private static int status(String statusLine) throws NotHttp {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new NotHttp();
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new NotHttp();
        }
    }

    private static String id(byte[] body) {
        try {
            JsonNode id = JSON.readTree(body).path("Id");
            return id.isTextual() ? id.asText() : "";
        } catch (IOException e) {
            return "";
        }
    }
}
