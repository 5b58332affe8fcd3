package dev.plimsoll.engine.docker;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The engine's only view of Docker: a narrow, blocking API with our own value types.
 *
 * <p>Every object it creates carries {@link #runLabels()} plus the caller's labels, so that {@link
 * #removeAll(Map)} can find it again. Failures of the engine itself surface as {@link
 * DockerOperationException} (or a subclass); "not there" is an empty result, never an exception.
 */
public interface Docker extends AutoCloseable {

    /** Connects as the docker CLI would (see {@link DockerSettings}), negotiating the API version. */
    static Docker connect(DockerSettings settings) {
        return DockerJavaBackend.connect(settings);
    }

    /** Where we are connected and why, e.g. {@code unix:///var/run/docker.sock (from the default socket)}. */
    String endpoint();

    /** The API version in use, e.g. {@code 1.41}: the server's, capped to what the client library speaks. */
    String apiVersion();

    /**
     * {@code dev.plimsoll=true} and {@code dev.plimsoll.run=<run id>}: put on everything this instance creates,
     * together with its {@link #owner()}'s labels.
     */
    Map<String, String> runLabels();

    /** The process that owns what this instance creates (this one). */
    RunOwner owner();

    // Images

    Optional<ImageInfo> inspectImage(String ref);

    /** The local image, else pulled; throws {@link ImageUnavailableException} when neither works. */
    ImageInfo ensureImage(String ref);

    /** Builds once per run for the same inputs and returns the image id; throws {@link BuildFailedException}. */
    String build(BuildRequest request);

    /** Gives the image {@code image} (an id or a reference) the name {@code repository:tag}, moving it if taken. */
    void tag(String image, String repository, String tag);

    /**
     * Pushes {@code repository:tag} with the credentials the docker CLI would use for its registry and returns the
     * manifest digest the registry stored ({@code sha256:...}); throws {@link PushFailedException}, naming the
     * registry and never a secret, when it or the way there refuses.
     */
    String push(String repository, String tag);

    // Networks and volumes (name in, name out)

    String createNetwork(String name, Map<String, String> labels);

    /** Removes the network; a container still on it (the runner's own, after a crash) is disconnected first. */
    void removeNetwork(String name);

    /** Puts a running container on a network too, such as the runner's own container on a scenario's network. */
    void connectNetwork(String network, String containerId);

    /** Takes a container off a network; a container or network that is gone already is not an error. */
    void disconnectNetwork(String network, String containerId);

    String createVolume(String name, Map<String, String> labels);

    void removeVolume(String name);

    // Containers

    /** Creates (does not start) a container and returns its id. */
    String create(ContainerSpec spec);

    /** Starts the container and follows its log from the first line. */
    ContainerLog start(String containerId);

    /** The log that {@link #start} began following; empty before the container was started. */
    Optional<ContainerLog> log(String containerId);

    /**
     * The whole log of a container that has exited, read once from the engine rather than followed. A followed
     * stream can miss lines written while it attaches (the engine switches from the stored log to the live one), so
     * where every line of a short-lived container counts, as for a client run, this reads them again.
     */
    ContainerLog storedLog(String containerId);

    /** Sends a signal by name ({@code SIGTERM}, {@code HUP}, ...) through the kill API. */
    void kill(String containerId, String signal);

    void stop(String containerId, Duration timeout);

    /** Restarts in place; the same {@link ContainerLog} keeps following without repeating lines. */
    void restart(String containerId, Duration timeout);

    /**
     * Force-removes the container, its anonymous volumes and the volumes made for its image's {@code VOLUME}s; a
     * missing container is not an error.
     */
    void remove(String containerId);

    /** {@link #remove}s each of these containers; the engine does several at once (a scenario's go together). */
    default void removeEach(List<String> containerIds) {
        containerIds.forEach(this::remove);
    }

    /** Container port ({@code 9000/tcp}) to the host port Docker chose on 127.0.0.1. */
    Map<String, Integer> publishedPorts(String containerId);

    /** Any container by id, id prefix or name (not only ours): its networks, addresses and mounts. */
    Optional<ContainerInfo> inspectContainer(String reference);

    ContainerState state(String containerId);

    /**
     * Blocks until the container is healthy, has no health check, stops running, or {@code deadline} passes, and
     * returns its state then. Woken by Docker's events, not by asking again and again.
     */
    ContainerState awaitHealthy(String containerId, Duration deadline);

    /** The exit code once the container stops, or empty if it is still running at the deadline. */
    OptionalInt awaitExit(String containerId, Duration deadline);

    /** Processes in the container, with user and group names from the container's own /etc/passwd and /etc/group. */
    default List<ProcessInfo> top(String containerId) {
        return top(containerId, accounts(containerId));
    }

    /** Processes in the container, named from {@code accounts} (tables read earlier, so a poll need not read them). */
    List<ProcessInfo> top(String containerId, ImageAccounts accounts);

    ExecResult exec(String containerId, List<String> argv, Duration timeout);

    // Files

    /**
     * The entry at {@code path} and, for a directory, everything below it, read through the archive API
     * (works on a created, never started container, and on images without a shell). Empty when the path
     * does not exist.
     */
    List<FileEntry> readPath(String containerId, String path);

    /** Users and groups from the container's /etc/passwd and /etc/group (empty tables if absent). */
    ImageAccounts accounts(String containerId);

    // Cleanup

    /** Removes containers, then networks, then volumes whose labels include all of {@code labels}; images stay. */
    RemovalCounts removeAll(Map<String, String> labels);

    /**
     * Stops this run: from now on every create, start and build is refused; waits up to {@code drain} for
     * creations in flight, then removes everything of this run, in parallel.
     */
    RemovalCounts interrupt(Duration drain);

    /** Every run with containers, networks or volumes in the engine, whoever made it. */
    List<LeftRun> runs();

    /** The images plimsoll built (label {@code dev.plimsoll=true}), with the disk each holds. */
    List<BuiltImage> builtImages();

    /** Removes an image unless a container uses it; false when Docker keeps it. */
    boolean removeImage(String imageId);

    @Override
    void close();
}
