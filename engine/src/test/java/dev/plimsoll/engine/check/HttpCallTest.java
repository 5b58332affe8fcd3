package dev.plimsoll.engine.check;

import static dev.plimsoll.engine.check.Ast.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.plimsoll.engine.plan.Resolver;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.Header;
import dev.plimsoll.grammar.ast.HttpRequest;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class HttpCallTest {

    private final HttpCall http = new HttpCall(Duration.ofSeconds(2));
    private HttpServer server;
    private HttpServer lateServer;
    private int port;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", exchange -> respond(exchange, 200, "{\"status\":\"ok\"}"));
        server.createContext("/echo", HttpCallTest::echo);
        server.createContext("/old", exchange -> {
            exchange.getResponseHeaders().add("Location", "/health");
            respond(exchange, 302, "moved");
        });
        server.createContext("/slow", exchange -> {
            sleep(Duration.ofMillis(1500));
            respond(exchange, 200, "late");
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void returnsStatusHeadersAndBody() {
        var exchange = http.call(new Resolver(Variables.empty()).request(get("/health")), at(port, 9000));

        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.headers().get("content-type")).containsExactly("application/json");
        assertThat(exchange.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void sendsMethodHeadersAndBodyWithVariablesResolved() {
        var request = new HttpRequest(
                "post",
                text("/echo"),
                Optional.of(9000),
                List.of(new Header(text("X-Greeting"), Ast.variable("GREETING"), Span.NONE)),
                Optional.of(text("name=ahoy")),
                false,
                Span.NONE);

        var exchange = http.call(new Resolver(Variables.of(Map.of("GREETING", "hi"))).request(request), at(port, 9000));

        assertThat(exchange.body()).isEqualTo("POST /echo greeting=hi body=name=ahoy");
    }

    @Test
    void addsTheLeadingSlashToAPath() {
        assertThat(http.call(new Resolver(Variables.empty()).request(get("health")), at(port, 9000))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void doesNotFollowRedirectsUnlessAsked() {
        var exchange = http.call(new Resolver(Variables.empty()).request(get("/old")), at(port, 9000));

        assertThat(exchange.status()).isEqualTo(302);
        assertThat(exchange.headers().get("LOCATION")).containsExactly("/health");
    }

    @Test
    void followsRedirectsWhenTheRequestAsks() {
        var request =
                new HttpRequest("GET", text("/old"), Optional.empty(), List.of(), Optional.empty(), true, Span.NONE);

        var exchange = http.call(new Resolver(Variables.empty()).request(request), at(port, 9000));

        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.body()).contains("ok");
    }

    @Test
    void refusedConnectionIsAOneLineMessage() throws IOException {
        int closed = freePort();

        assertThatThrownBy(() -> http.call(new Resolver(Variables.empty()).request(get("/health")), at(closed, 9000)))
                .isInstanceOf(HttpCallException.class)
                .hasMessage("connection refused on 127.0.0.1:" + closed + " (container port 9000)");
    }

    @Test
    void aContainerReachedOnANetworkIsNamedWithThatNetwork() throws IOException {
        int closed = freePort();
        PortAddress onNetwork = PortAddress.onNetwork("127.0.0.1", closed, "plimsoll-abc-1");

        assertThatThrownBy(() -> http.call(new Resolver(Variables.empty()).request(get("/health")), onNetwork))
                .isInstanceOf(HttpCallException.class)
                .hasMessage("connection refused on 127.0.0.1:" + closed + " (container port " + closed
                        + " on network plimsoll-abc-1)");
    }

    @Test
    void timeoutIsAOneLineMessage() {
        var impatient = new HttpCall(Duration.ofMillis(300));

        assertThatThrownBy(() -> impatient.call(new Resolver(Variables.empty()).request(get("/slow")), at(port, 8080)))
                .isInstanceOf(HttpCallException.class)
                .hasMessage("no response within 300ms from 127.0.0.1:" + port + " (container port 8080)");
    }

    @Test
    void retriesARefusedConnectionUntilTheServerBinds() throws Exception {
        int late = freePort();
        var patient = new HttpCall(Duration.ofSeconds(10));
        Thread binder = new Thread(() -> {
            sleep(Duration.ofMillis(400));
            startServerOn(late);
        });
        binder.start();
        try {
            var exchange = patient.call(new Resolver(Variables.empty()).request(get("/health")), at(late, 9000));

            assertThat(exchange.status()).isEqualTo(200);
        } finally {
            binder.join();
            lateServer.stop(0);
        }
    }

    @Test
    void retriesConnectionsClosedOrResetBeforeAnyResponse() throws Exception {
        var patient = new HttpCall(Duration.ofSeconds(10));
        try (var flaky = new FlakyServer(2)) {
            var exchange =
                    patient.call(new Resolver(Variables.empty()).request(get("/health")), at(flaky.port(), 9000));

            assertThat(exchange.status()).isEqualTo(200);
            assertThat(exchange.body()).isEqualTo("up");
            assertThat(flaky.connections()).isEqualTo(3);
        }
    }

    @Test
    void logsEachRetryAtDebugLevel() throws Exception {
        var logger = (Logger) LoggerFactory.getLogger(HttpCall.class);
        var seen = new ListAppender<ILoggingEvent>();
        seen.start();
        logger.addAppender(seen);
        Level before = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        try (var flaky = new FlakyServer(1)) {
            new HttpCall(Duration.ofSeconds(10))
                    .call(new Resolver(Variables.empty()).request(get("/health")), at(flaky.port(), 9000));
        } finally {
            logger.detachAppender(seen);
            logger.setLevel(before);
        }

        assertThat(seen.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(event.getFormattedMessage())
                    .containsPattern("^GET /health: connection (reset|closed) without a response by 127\\.0\\.0\\.1:")
                    .contains("the server may still be starting, trying again in ");
        });
    }

    @Test
    void aResponseIsJudgedOnceEvenAnError() {
        int[] calls = {0};
        server.createContext("/unavailable", exchange -> {
            calls[0]++;
            respond(exchange, 503, "starting");
        });

        var exchange = http.call(new Resolver(Variables.empty()).request(get("/unavailable")), at(port, 9000));

        assertThat(exchange.status()).isEqualTo(503);
        assertThat(calls[0]).isEqualTo(1);
    }

    @Test
    void aConnectionRefusedUntilTheTimeoutSaysSo() throws IOException {
        int closed = freePort();
        var impatient = new HttpCall(Duration.ofMillis(500));

        assertThatThrownBy(
                        () -> impatient.call(new Resolver(Variables.empty()).request(get("/health")), at(closed, 9000)))
                .isInstanceOf(HttpCallException.class)
                .hasMessage("connection refused on 127.0.0.1:" + closed + " (container port 9000)");
    }

    private void startServerOn(int chosen) {
        try {
            lateServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), chosen), 0);
            lateServer.createContext("/health", exchange -> respond(exchange, 200, "{\"status\":\"ok\"}"));
            lateServer.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Like a server behind Docker's proxy that is not listening yet: the first connections are accepted and then
     * closed (the first one reset) before any response, later ones get {@code 200 up}.
     */
    private static final class FlakyServer implements AutoCloseable {
        private final ServerSocket socket;
        private final AtomicInteger connections = new AtomicInteger();
        private final Thread thread;

        FlakyServer(int dropped) throws IOException {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> serve(dropped));
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        private void serve(int dropped) {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    int number = connections.incrementAndGet();
                    if (number == 1) {
                        client.setSoLinger(true, 0); // a reset rather than an orderly close
                    }
                    if (number > dropped) {
                        client.getInputStream().read(new byte[4096]);
                        client.getOutputStream()
                                .write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nup"
                                        .getBytes(StandardCharsets.US_ASCII));
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }

        @Override
        public void close() throws Exception {
            socket.close();
            thread.join();
        }
    }

    private static HttpRequest get(String path) {
        Text text = text(path);
        return new HttpRequest("GET", text, Optional.empty(), List.of(), Optional.empty(), false, Span.NONE);
    }

    private static void echo(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String greeting = exchange.getRequestHeaders().getFirst("X-Greeting");
        respond(
                exchange,
                200,
                exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " greeting=" + greeting
                        + " body=" + body);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (body.startsWith("{")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static PortAddress at(int hostPort, int containerPort) {
        return PortAddress.published("127.0.0.1", hostPort, containerPort);
    }

    // a port nothing listens on: bound, released, and not reused this quickly
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
