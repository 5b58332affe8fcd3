package dev.plimsoll.engine.check;

import dev.plimsoll.engine.plan.OutgoingRequest;
import dev.plimsoll.grammar.Durations;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends a contract's HTTP request to a container's port, wherever the runner reaches it ({@link PortAddress}). */
public final class HttpCall {

    private static final Logger LOG = LoggerFactory.getLogger(HttpCall.class);
    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final long FIRST_PAUSE_MILLIS = 50;
    private static final long MAX_PAUSE_MILLIS = 250;

    private final OkHttpClient client;
    private final Duration timeout;

    /** The timeout bounds connecting, reading and the whole call; redirects are not followed unless asked. */
    public HttpCall(Duration timeout) {
        this.timeout = timeout;
        this.client = new OkHttpClient.Builder()
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout)
                .followRedirects(false)
                .followSslRedirects(false)
                // a container may be recreated behind the same host port: never reuse or silently retry
                .retryOnConnectionFailure(false)
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
                .build();
    }

    /**
     * GET/POST/... http://{address}{path} with headers and body; an IOException becomes a thrown
     * HttpCallException(String oneLineMessage) like "connection refused on 127.0.0.1:49153 (container port 9000)".
     *
     * <p>A connection refused, reset or closed before any response is retried within the timeout: many servers log
     * that they are ready a moment before they bind, and Docker's proxy accepts a published port before then. That
     * is a start-up race, not the promise under test. A response, whatever it is, is returned at once.
     */
    public HttpExchange call(OutgoingRequest request, PortAddress address) {
        String where = address.describe();
        Request built = build(request, address);
        OkHttpClient asked = request.followRedirects()
                ? client.newBuilder().followRedirects(true).build()
                : client;
        long end = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            try {
                return exchange(asked, built);
            } catch (IOException e) {
                long left = (end - System.nanoTime()) / 1_000_000;
                if (!beforeAnyResponse(e) || left <= pause) {
                    throw new HttpCallException(describe(e, where), e);
                }
                LOG.debug(
                        "{} {}: {}; the server may still be starting, trying again in {} ms",
                        built.method(),
                        built.url().encodedPath(),
                        describe(e, where),
                        pause);
                pause(pause);
                asked = asked.newBuilder()
                        .callTimeout(Duration.ofMillis(left - pause))
                        .build();
                pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
            }
        }
    }

    private static HttpExchange exchange(OkHttpClient client, Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            ResponseBody body = response.body();
            return new HttpExchange(
                    response.code(), response.headers().toMultimap(), body == null ? "" : body.string());
        }
    }

    /** Refused, reset, or closed before the status line: the server never answered this request. */
    static boolean beforeAnyResponse(IOException e) {
        if (e instanceof InterruptedIOException) {
            return false; // a timeout: the time is spent
        }
        return e instanceof ConnectException || closedEarly(e) || reset(e) || reset(e.getCause());
    }

    private static boolean closedEarly(IOException e) {
        return e instanceof EOFException || e.getCause() instanceof EOFException;
    }

    private static boolean reset(@Nullable Throwable e) {
        return e instanceof SocketException
                && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("reset");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpCallException("interrupted while waiting to send the request again", e);
        }
    }

    private static Request build(OutgoingRequest request, PortAddress address) {
        String path = request.path();
        String url = "http://" + address.authority() + (path.startsWith("/") ? "" : "/") + path;
        Headers.Builder headers = new Headers.Builder();
        for (OutgoingRequest.Header header : request.headers()) {
            headers.add(header.name(), header.value());
        }
        Headers all = headers.build();
        String method = request.method().toUpperCase(Locale.ROOT);
        try {
            return new Request.Builder()
                    .url(url)
                    .headers(all)
                    .method(method, body(method, request, all))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new HttpCallException("cannot send " + method + " " + Show.quote(path) + ": " + e.getMessage(), e);
        }
    }

    private static @Nullable RequestBody body(String method, OutgoingRequest request, Headers headers) {
        if (request.body().isEmpty() && !METHODS_WITH_BODY.contains(method)) {
            return null;
        }
        String text = request.body().orElse("");
        String contentType = headers.get("Content-Type");
        MediaType type = contentType == null ? null : MediaType.parse(contentType);
        // bytes, not a String: OkHttp would otherwise append a charset to the Content-Type the contract chose
        return RequestBody.create(text.getBytes(StandardCharsets.UTF_8), type);
    }

    private String describe(IOException e, String where) {
        if (e instanceof ConnectException) {
            return "connection refused on " + where;
        }
        if (e instanceof InterruptedIOException) {
            return "no response within " + Durations.format(timeout.toMillis()) + " from " + where;
        }
        if (closedEarly(e)) {
            return "connection closed without a response by " + where;
        }
        if (reset(e) || reset(e.getCause())) {
            return "connection reset without a response by " + where;
        }
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return "request to " + where + " failed: " + message;
    }
}
