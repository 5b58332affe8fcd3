package dev.plimsoll.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens a client to one endpoint. Never pins an API version: docker-java's {@code UNKNOWN_VERSION} sends
 * unversioned paths ({@code /version}), which an engine answers at its own newest version; we use that only
 * to ask the server's {@code ApiVersion}, then speak it capped to the newest that docker-java models (1.44).
 * So a 20.10 engine gets 1.41, and Docker 29 (which refuses clients below 1.44) gets 1.44.
 */
final class Connector {

    static final RemoteApiVersion NEWEST_KNOWN = RemoteApiVersion.VERSION_1_44;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(3);

    /** An open client, what it was opened with, and a separate small client for the heartbeat's pings. */
    record Connection(
            DockerClient client,
            DockerHttpClient http,
            DockerClientConfig config,
            String apiVersion,
            DockerHttpClient pings) {

        /**
         * Asks {@code /_ping} on a fresh connection: a stopping engine closes its socket but keeps serving the
         * connections already open, so only a new one tells.
         */
        void ping() throws IOException {
            Request request = Request.builder()
                    .method(Request.Method.GET)
                    .path("/_ping")
                    .putHeader("Connection", "close")
                    .build();
            try (DockerHttpClient.Response response = pings.execute(request)) {
                if (response.getStatusCode() != 200) {
                    throw new IOException("ping answered " + response.getStatusCode());
                }
            }
        }

        void close() {
            try (DockerHttpClient small = pings;
                    DockerClient docker = client) {
                // Both closed by try.
            } catch (IOException e) {
                // Closing is best effort.
            }
        }
    }

    private Connector() {}

    static Connection open(DockerEndpoint endpoint, Path configDir) {
        requireSupportedScheme(endpoint);
        RemoteApiVersion version = negotiate(endpoint, configDir);
        DockerClientConfig config = config(endpoint, configDir, version);
        // No response timeout on the socket: log streams and waits are silent for as long as a container runs.
        // Each call has its own bound (EngineWatch) and the heartbeat notices an engine that stopped answering.
        DockerHttpClient http = new PooledConnections(
                new ApacheDockerHttpClient.Builder()
                        .dockerHost(config.getDockerHost())
                        .sslConfig(config.getSSLConfig())
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .maxConnections(PooledConnections.SIZE)
                        .build(),
                PooledConnections.SIZE,
                PooledConnections.LEASE_WAIT);
        DockerHttpClient pings = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(PING_TIMEOUT)
                .responseTimeout(PING_TIMEOUT)
                .maxConnections(2)
                .build();
        return new Connection(DockerClientImpl.getInstance(config, http), http, config, version.getVersion(), pings);
    }

    private static RemoteApiVersion negotiate(DockerEndpoint endpoint, Path configDir) {
        DockerClientConfig config = config(endpoint, configDir, RemoteApiVersion.unknown());
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(CONNECT_TIMEOUT)
                .responseTimeout(PROBE_TIMEOUT)
                .build();
        try (DockerClient probe = DockerClientImpl.getInstance(config, http)) {
            // Bounded here: a socket timeout does not bound a read on a Unix socket, and a frozen engine never answers.
            CompletableFuture<Version> asked = CompletableFuture.supplyAsync(() -> DockerCall.run(
                    "ask the engine's version", () -> probe.versionCmd().exec()));
            Version version;
            try {
                version = asked.get(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new DockerUnavailableException(
                        "cannot reach a Docker engine at " + endpoint.describe() + ": no answer within "
                                + PROBE_TIMEOUT.toSeconds() + "s",
                        null);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DockerUnavailableException("interrupted while asking the Docker engine its version", e);
            }
            return cap(version.getApiVersion());
        } catch (DockerUnavailableException e) {
            throw e;
        } catch (DockerOperationException e) {
            throw unreachable(endpoint, e.getCause() == null ? e : e.getCause());
        } catch (IOException | RuntimeException e) {
            throw unreachable(endpoint, e);
        }
    }

    static RemoteApiVersion cap(String serverVersion) {
        RemoteApiVersion server = RemoteApiVersion.parseConfig(serverVersion);
        return server.isGreater(NEWEST_KNOWN) ? NEWEST_KNOWN : server;
    }

    private static DockerClientConfig config(DockerEndpoint endpoint, Path configDir, RemoteApiVersion version) {
        // A bare builder: the default one reads the process environment, and any context (even "currentContext"
        // in config.json) would switch TLS on behind our endpoint's back. "default" resolves to no context.
        DefaultDockerClientConfig.Builder builder = new DefaultDockerClientConfig.Builder()
                .withDockerContext("default")
                .withDockerHost(endpoint.host())
                .withDockerTlsVerify(endpoint.tlsCertPath().isPresent())
                .withDockerConfig(configDir.toString())
                .withApiVersion(version);
        endpoint.tlsCertPath().ifPresent(path -> builder.withDockerCertPath(path.toString()));
        return builder.build();
    }

    private static void requireSupportedScheme(DockerEndpoint endpoint) {
        String scheme;
        try {
            scheme = String.valueOf(URI.create(endpoint.host()).getScheme());
        } catch (IllegalArgumentException e) {
            throw unreachable(endpoint, e);
        }
        if (!scheme.equals("unix") && !scheme.equals("tcp") && !scheme.equals("http") && !scheme.equals("https")) {
            throw new DockerUnavailableException(
                    "cannot reach a Docker engine at " + endpoint.describe() + ": the '" + scheme
                            + "' scheme is not supported (use unix:// or tcp://)",
                    null);
        }
    }

    private static DockerUnavailableException unreachable(DockerEndpoint endpoint, Throwable cause) {
        return new DockerUnavailableException(
                "cannot reach a Docker engine at " + endpoint.describe() + ": " + DockerCall.reason(cause), cause);
    }
}
