package dev.plimsoll.engine.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a scenario gets for {@code mount docker socket}: a unix socket of its own that forwards every connection to
 * the engine's socket and notes the containers created or started through it ({@link ApiRequests},
 * {@link ApiResponses}). Many scenarios share one engine, so this is how we know exactly which containers this
 * scenario's containers made, and no others.
 */
public final class DockerSocketProxy implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DockerSocketProxy.class);

    private final Path engineSocket;
    private final Path directory;
    private final Path socket;
    private final ServerSocketChannel server;
    private final SocketContainers containers = new SocketContainers();
    private final Set<SocketChannel> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads;
    private volatile boolean closed;

    private DockerSocketProxy(Path engineSocket, Path directory, ServerSocketChannel server) {
        this.engineSocket = engineSocket;
        this.directory = directory;
        this.socket = directory.resolve("docker.sock");
        this.server = server;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "plimsoll-docker-socket-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Listens on a new socket in a fresh private directory (mode 0700, so only the bind mount reaches it; the socket
     * itself is 0666, so a container user that is not root can use it, as with a {@code docker} group).
     */
    public static DockerSocketProxy open(Path engineSocket) {
        return open(engineSocket, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * As {@link #open(Path)}, with the private directory in {@code parent}: a runner inside a container needs a folder
     * that the Docker host shares with it, so that the socket can be bound into other containers.
     */
    public static DockerSocketProxy open(Path engineSocket, Path parent) {
        try {
            Path directory = Files.createTempDirectory(
                    parent,
                    ".plimsoll-docker-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            DockerSocketProxy proxy = new DockerSocketProxy(engineSocket, directory, server);
            server.bind(UnixDomainSocketAddress.of(proxy.socket));
            Files.setPosixFilePermissions(proxy.socket, PosixFilePermissions.fromString("rw-rw-rw-"));
            proxy.threads.execute(proxy::accept);
            return proxy;
        } catch (IOException e) {
            throw new DockerOperationException("cannot open a Docker socket for the scenario: " + e.getMessage(), e);
        }
    }

    /** The socket to bind into a container in place of the engine's. */
    public Path socket() {
        return socket;
    }

    /** The containers created through this socket so far, by id, in order: the scenario made them. */
    public List<String> created() {
        return containers.created();
    }

    /** The containers started through this socket that were created elsewhere: not the scenario's to remove. */
    public List<String> startedOnly() {
        return containers.startedOnly();
    }

    private void accept() {
        while (!closed) {
            try {
                SocketChannel client = server.accept();
                SocketChannel engine;
                try {
                    engine = SocketChannel.open(UnixDomainSocketAddress.of(engineSocket));
                } catch (IOException e) {
                    LOG.warn("cannot reach the Docker engine at {} for a container: {}", engineSocket, e.getMessage());
                    client.close();
                    continue;
                }
                open.add(client);
                open.add(engine);
                AtomicInteger halves = new AtomicInteger(2);
                Runnable done = () -> {
                    if (halves.decrementAndGet() == 0) {
                        open.remove(client);
                        open.remove(engine);
                        closeQuietly(client);
                        closeQuietly(engine);
                    }
                };
                BlockingQueue<ApiRequest> requests = new LinkedBlockingQueue<>();
                try {
                    threads.execute(() -> pump(client, engine, requests, true, done));
                    threads.execute(() -> pump(engine, client, requests, false, done));
                } catch (RejectedExecutionException closing) {
                    // close() came between accept and here: this connection is cut like the others
                    closeQuietly(client);
                    closeQuietly(engine);
                    return;
                }
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("the scenario's Docker socket stopped accepting: {}", e.getMessage());
                }
                return;
            }
        }
    }

    private void pump(
            SocketChannel from, SocketChannel to, BlockingQueue<ApiRequest> requests, boolean toEngine, Runnable done) {
        try {
            if (toEngine) {
                ApiRequests.forward(input(from), output(to), request -> {
                    requests.add(request);
                    if (request.kind() == ApiRequest.Kind.START) {
                        containers.started(request.container());
                    }
                });
            } else {
                ApiResponses.forward(input(from), output(to), requests, containers::created);
            }
            to.shutdownOutput();
        } catch (IOException e) {
            LOG.debug("a connection through the scenario's Docker socket ended: {}", e.getMessage());
            closeQuietly(from);
            closeQuietly(to);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing: the threads are cut
            closeQuietly(from);
            closeQuietly(to);
        } finally {
            done.run();
        }
    }

    /** Stops listening, cuts open connections and deletes the socket; {@link #created()} stays readable. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(server);
        open.forEach(DockerSocketProxy::closeQuietly);
        threads.shutdownNow();
        try {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            LOG.debug("cannot delete {}: {}", directory, e.getMessage());
        }
    }

    private static void closeQuietly(java.nio.channels.Channel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("closing a channel failed: {}", e.getMessage());
        }
    }

    // Channels.newInputStream and newOutputStream on one SocketChannel share a lock, so a pending read would block
    // the other direction's writes; these read and write the channel directly.
    private static InputStream input(SocketChannel channel) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return length == 0 ? 0 : channel.read(ByteBuffer.wrap(buffer, offset, length));
            }
        };
    }

    private static OutputStream output(SocketChannel channel) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                ByteBuffer bytes = ByteBuffer.wrap(buffer, offset, length);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            }
        };
    }
}
