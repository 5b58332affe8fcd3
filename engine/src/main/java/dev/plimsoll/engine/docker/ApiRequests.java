package dev.plimsoll.engine.docker;

import dev.plimsoll.engine.docker.ApiRequest.Kind;
import dev.plimsoll.engine.docker.HttpStream.Head;
import dev.plimsoll.engine.docker.HttpStream.NotHttp;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client's half of a connection to the Docker API, read as HTTP/1.1 requests one after another: every byte is
 * forwarded the moment it is read, and each request is reported in order ({@link ApiRequest}), so that
 * {@link ApiResponses} can pair the engine's answers with them. After a request that takes the connection over
 * (attach, exec, an upgrade) or anything that is not HTTP, it only forwards.
 */
final class ApiRequests {
    private static final String VERSION = "(?:/v[0-9.]+)?";
    private static final Pattern START =
            Pattern.compile("POST " + VERSION + "/containers/([^/?\\s]+)/start(?:\\?\\S*)? HTTP/1\\.[01]");
    private static final Pattern CREATE =
            Pattern.compile("POST " + VERSION + "/containers/create(?:\\?(\\S*))? HTTP/1\\.[01]");
    private static final Pattern NAME = Pattern.compile("(?:^|&)name=([^&]*)");
    private static final Pattern TAKEOVER = Pattern.compile("\\S+ " + VERSION + "/(?:containers/[^/?\\s]+/attach|exec/"
            + "[^/?\\s]+/start|session|grpc)(?:[?/]\\S*)? HTTP/1\\.[01]");

    private ApiRequests() {}

    /** Copies {@code client} to {@code engine} until the client's end, reporting each request, then {@code END}. */
    static void forward(InputStream client, OutputStream engine, Consumer<ApiRequest> requests) throws IOException {
        BufferedInputStream in = new BufferedInputStream(new HttpStream.Tee(client, engine));
        try {
            scan(in, requests);
        } catch (NotHttp e) {
            // only forward from here on
        } finally {
            requests.accept(ApiRequest.end());
        }
        in.transferTo(OutputStream.nullOutputStream()); // the tee forwards what this reads
    }

    private static void scan(InputStream in, Consumer<ApiRequest> requests) throws IOException, NotHttp {
        while (true) {
            String requestLine = HttpStream.line(in);
            if (requestLine == null) {
                return;
            }
            if (requestLine.isEmpty()) {
                continue; // a stray CRLF between requests is allowed
            }
            Head head = HttpStream.headers(in);
            ApiRequest request = classify(requestLine, head);
            requests.accept(request);
            if (request.kind() == Kind.TAKEOVER) {
                return;
            }
            HttpStream.body(in, head, 0);
        }
    }

    private static ApiRequest classify(String requestLine, Head head) {
        boolean isHead = requestLine.startsWith("HEAD ");
        Matcher start = START.matcher(requestLine);
        if (start.matches()) {
            return new ApiRequest(Kind.START, decode(start.group(1)), false);
        }
        Matcher create = CREATE.matcher(requestLine);
        if (create.matches()) {
            Matcher name = NAME.matcher(create.group(1) == null ? "" : create.group(1));
            return new ApiRequest(Kind.CREATE, name.find() ? decode(name.group(1)) : "", false);
        }
        if (head.upgrade() || TAKEOVER.matcher(requestLine).matches()) {
            return new ApiRequest(Kind.TAKEOVER, "", isHead);
        }
        return new ApiRequest(Kind.OTHER, "", isHead);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
