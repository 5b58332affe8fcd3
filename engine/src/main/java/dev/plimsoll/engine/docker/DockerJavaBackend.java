package dev.plimsoll.engine.docker;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link Docker} over docker-java: wires the small parts together and owns the log followers. */
final class DockerJavaBackend implements Docker {

    private static final Logger LOG = LoggerFactory.getLogger(DockerJavaBackend.class);

    private final Connector.Connection connection;
    private final DockerEndpoint endpoint;
    private final Map<String, String> runLabels;
    private final Images images;
    private final ImageBuilder builder;
    private final Containers containers;
    private final HealthWatch health;
    private final Processes processes;
    private final Archives archives;
    private final Cleanup cleanup;
    private final RunOwner owner;
    private final RunGate gate = new RunGate();
    // An interruption (on the signal's thread) and the engine's own end of the run must not close the client under
    // each other's removals.
    private final Object removals = new Object();
    private boolean closed;
    private final Pushes pushes;
    private final EngineWatch watch;
    private final ImageVolumes imageVolumes;
    private final Attachments attachments;
    private final ConcurrentMap<String, LogFollower> followers = new ConcurrentHashMap<>();
    // Set before the first create call is sent (a create that times out may still have happened), so the sweep
    // at the end of a run that labelled nothing, a facts-only run say, can skip its three list calls.
    private final AtomicBoolean labelledAny = new AtomicBoolean();

    private DockerJavaBackend(
            Connector.Connection connection, DockerEndpoint endpoint, String runId, RegistryCredentials credentials) {
        this.connection = connection;
        this.endpoint = endpoint;
        this.runLabels = Map.of(Cleanup.OUR_LABEL, "true", Cleanup.RUN_LABEL, runId);
        this.owner = RunOwner.current();
        // What we create also says who owns it, so a sweep can tell a live run from one whose owner is gone.
        Map<String, String> created = new HashMap<>(runLabels);
        created.putAll(owner.labels());
        this.watch = new EngineWatch(endpoint.host(), connection::ping);
        this.images = new Images(connection, watch);
        this.builder = new ImageBuilder(connection.client(), runLabels, watch);
        this.containers = new Containers(
                connection.client(), created, watch, endpoint.host().startsWith("unix://"));
        this.health = new HealthWatch(connection.client(), containers, watch);
        this.processes = new Processes(connection.client(), watch);
        this.archives = new Archives(
                connection.client(), watch, new PathStats(connection.http(), connection.apiVersion(), processes));
        this.cleanup = new Cleanup(connection.client(), created, watch);
        this.pushes = new Pushes(connection.client(), credentials);
        this.imageVolumes = new ImageVolumes(images, cleanup, runId);
        this.attachments = new Attachments(connection.client(), watch);
        watch.onLost(this::engineLost);
        watch.start();
    }

    /** Every log waiter learns at once; the streams are closed on a thread of their own, as closing may block. */
    private void engineLost() {
        String message =
                watch.lost().map(e -> String.valueOf(e.getMessage())).orElse("the Docker engine stopped answering");
        followers.values().forEach(follower -> follower.log().lose(message));
        Thread closer = new Thread(
                () -> {
                    followers.values().forEach(LogFollower::abandon);
                    connection.close(); // wakes the threads still reading from the engine's sockets
                },
                "plimsoll-lost-engine");
        closer.setDaemon(true);
        closer.start();
    }

    static Docker connect(DockerSettings settings) {
        DockerEndpoint endpoint = EndpointChain.standard().resolve(settings);
        Connector.Connection connection = Connector.open(endpoint, DockerConfigDir.of(settings));
        LOG.debug("connected to {} with API {}", endpoint.describe(), connection.apiVersion());
        return new DockerJavaBackend(connection, endpoint, settings.runId(), RegistryCredentials.of(settings));
    }

    /** Runs {@code action} once, before this run creates its first container, network or volume. */
    void beforeFirstCreation(Runnable action) {
        gate.beforeFirstCreation(action);
    }

    @Override
    public String endpoint() {
        return endpoint.describe();
    }

    @Override
    public String apiVersion() {
        return connection.apiVersion();
    }

    @Override
    public Map<String, String> runLabels() {
        return runLabels;
    }

    @Override
    public RunOwner owner() {
        return owner;
    }

    @Override
    public Optional<ImageInfo> inspectImage(String ref) {
        return images.inspect(ref);
    }

    @Override
    public ImageInfo ensureImage(String ref) {
        return images.ensure(ref);
    }

    @Override
    public String build(BuildRequest request) {
        gate.check("build " + request.context());
        return builder.build(request);
    }

    /** For tests: how many builds reached Docker. */
    int buildsRun() {
        return builder.buildsRun();
    }

    @Override
    public void tag(String image, String repository, String tag) {
        pushes.tag(image, repository, tag);
    }

    @Override
    public String push(String repository, String tag) {
        return pushes.push(repository, tag);
    }

    @Override
    public String createNetwork(String name, Map<String, String> labels) {
        labelledAny.set(true);
        return gate.create("create network " + name, () -> cleanup.createNetwork(name, labels));
    }

    @Override
    public void removeNetwork(String name) {
        cleanup.removeNetwork(name);
    }

    @Override
    public void connectNetwork(String network, String containerId) {
        attachments.connect(network, containerId);
    }

    @Override
    public void disconnectNetwork(String network, String containerId) {
        attachments.disconnect(network, containerId);
    }

    @Override
    public Optional<ContainerInfo> inspectContainer(String reference) {
        return attachments.inspect(reference);
    }

    @Override
    public String createVolume(String name, Map<String, String> labels) {
        labelledAny.set(true);
        return gate.create("create volume " + name, () -> cleanup.createVolume(name, labels));
    }

    @Override
    public void removeVolume(String name) {
        cleanup.removeVolume(name);
    }

    @Override
    public String create(ContainerSpec spec) {
        labelledAny.set(true);
        return gate.create("create a container from " + spec.image(), () -> {
            ImageVolumes.Prepared prepared = imageVolumes.prepare(spec);
            String id;
            try {
                id = containers.create(prepared.spec());
            } catch (RuntimeException e) {
                imageVolumes.removeQuietly(prepared.volumes());
                throw e;
            }
            imageVolumes.created(id, prepared);
            return id;
        });
    }

    @Override
    public ContainerLog start(String containerId) {
        gate.check("start container " + Containers.shortId(containerId));
        containers.start(containerId);
        LogFollower existing = followers.get(containerId);
        if (existing != null) {
            existing.resume();
            return existing.log();
        }
        LogFollower follower = new LogFollower(connection.client(), containers, new ContainerLog(containerId), watch);
        followers.put(containerId, follower);
        follower.follow();
        return follower.log();
    }

    @Override
    public ContainerLog storedLog(String containerId) {
        gate.check("read the log of " + Containers.shortId(containerId));
        return LogFollower.readStored(connection.client(), containers, containerId, watch);
    }

    @Override
    public Optional<ContainerLog> log(String containerId) {
        return Optional.ofNullable(followers.get(containerId)).map(LogFollower::log);
    }

    @Override
    public void kill(String containerId, String signal) {
        containers.kill(containerId, signal);
    }

    @Override
    public void stop(String containerId, Duration timeout) {
        containers.stop(containerId, timeout);
    }

    @Override
    public void restart(String containerId, Duration timeout) {
        LogFollower follower = followers.get(containerId);
        if (follower != null) {
            follower.abandon();
        }
        containers.restart(containerId, timeout);
        if (follower != null) {
            follower.resume();
        }
    }

    @Override
    public void removeEach(List<String> containerIds) {
        Parallel.forEach(containerIds, this::remove);
    }

    @Override
    public void remove(String containerId) {
        LogFollower follower = followers.remove(containerId);
        if (follower != null) {
            follower.abandon();
        }
        containers.remove(containerId);
        imageVolumes.removeFor(containerId);
        if (follower != null) {
            if (!follower.log().ended()) {
                follower.log().end(-1);
            }
            follower.log().discard();
        }
    }

    @Override
    public Map<String, Integer> publishedPorts(String containerId) {
        return containers.publishedPorts(containerId);
    }

    @Override
    public ContainerState state(String containerId) {
        return containers.state(containerId);
    }

    @Override
    public ContainerState awaitHealthy(String containerId, Duration deadline) {
        return health.await(containerId, deadline);
    }

    @Override
    public OptionalInt awaitExit(String containerId, Duration deadline) {
        return containers.awaitExit(containerId, deadline);
    }

    @Override
    public List<ProcessInfo> top(String containerId, ImageAccounts accounts) {
        return processes.top(containerId, accounts);
    }

    @Override
    public ExecResult exec(String containerId, List<String> argv, Duration timeout) {
        return processes.exec(containerId, argv, timeout);
    }

    @Override
    public List<FileEntry> readPath(String containerId, String path) {
        return archives.read(containerId, path);
    }

    @Override
    public ImageAccounts accounts(String containerId) {
        return ImageAccounts.parse(fileText(containerId, "/etc/passwd"), fileText(containerId, "/etc/group"));
    }

    private String fileText(String containerId, String path) {
        return readPath(containerId, path).stream()
                .filter(entry -> entry.type() == FileEntry.Type.FILE)
                .findFirst()
                .flatMap(FileEntry::content)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .orElse("");
    }

    @Override
    public RemovalCounts removeAll(Map<String, String> labels) {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("removeAll needs at least one label, or it would remove everything");
        }
        synchronized (removals) {
            if (closed) throw new DockerOperationException("the connection to Docker is closed");
            if (labels.equals(runLabels) && !labelledAny.get()) {
                // The run id is new with this client: only this client can have labelled anything with it.
                LOG.debug("this run created no container, network or volume: nothing to sweep");
                return new RemovalCounts(0, 0, 0);
            }
            return cleanup.removeAll(labels, this::remove);
        }
    }

    @Override
    public RemovalCounts interrupt(Duration drain) {
        if (!gate.close(drain)) {
            LOG.debug("creations still in flight after {}; removing what is there", drain);
        }
        synchronized (removals) {
            // Closed: the run ended by itself and removed what it made.
            return closed ? new RemovalCounts(0, 0, 0) : removeAll(runLabels);
        }
    }

    @Override
    public List<LeftRun> runs() {
        return cleanup.runs();
    }

    @Override
    public List<BuiltImage> builtImages() {
        return images.built();
    }

    @Override
    public boolean removeImage(String imageId) {
        return images.remove(imageId);
    }

    @Override
    public void close() {
        synchronized (removals) {
            closed = true;
        }
        watch.close();
        followers.values().forEach(follower -> {
            follower.abandon();
            follower.log().discard();
        });
        followers.clear();
        connection.close();
    }
}
