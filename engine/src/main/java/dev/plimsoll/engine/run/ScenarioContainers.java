package dev.plimsoll.engine.run;

import dev.plimsoll.engine.docker.ContainerSpec;
import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.engine.docker.DockerSocketProxy;
import dev.plimsoll.engine.step.Container;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Docker objects of one scenario: its network (only when containers must reach each other by name), its
 * services, its subject and its named volumes; created in that order and all removed when the scenario ends, pass or
 * fail, with the containers they started through {@code mount docker socket}. It knows nothing of steps; it tells
 * {@link ContainerEvents} when a container is created, started and let go of.
 */
final class ScenarioContainers implements AutoCloseable {
    /** The name under which services reach the subject on the scenario's network. */
    static final String SUBJECT_ALIAS = "subject";

    private static final String SCENARIO_LABEL = "dev.plimsoll.scenario";

    private final Docker docker;
    private final RunServices run;
    private final String name;
    private final Map<String, String> labels;
    private final Map<String, String> volumes = new HashMap<>();
    private final Map<String, Container> services = new LinkedHashMap<>();
    private final List<String> created = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final ContainerEvents events;
    private int clients;
    private boolean networkCreated;
    private @Nullable String joined;
    private @Nullable ContainerSpec subjectSpec;
    private @Nullable Container subject;
    private @Nullable DockerSocketProxy socketProxy;
    private @Nullable SocketNote socketNote;

    ScenarioContainers(RunServices run, ContainerEvents events) {
        this.docker = run.docker();
        this.events = events;
        this.run = run;
        this.name = run.nextScenarioName();
        Map<String, String> all = new HashMap<>(docker.runLabels());
        all.put(SCENARIO_LABEL, name);
        this.labels = Map.copyOf(all);
    }

    /** A spec for a container of this scenario: its labels, and its network when it has one. */
    ContainerSpec.Builder spec(String image, @Nullable String alias) {
        ContainerSpec.Builder spec = ContainerSpec.builder(image).labels(labels);
        if (networkCreated) {
            if (alias == null) {
                spec.network(name);
            } else {
                spec.network(name, alias);
            }
        }
        return spec;
    }

    /**
     * Creates the scenario's own network, once, and puts the runner's own container on it when it runs in one (see
     * {@link PortReach}). Scenarios whose subject talks to nobody skip it on the Docker host: a network costs two
     * Docker calls and one of the engine's few address pools.
     */
    void createNetwork() {
        if (!networkCreated) {
            docker.createNetwork(name, labels);
            networkCreated = true;
            run.reach().joiner().ifPresent(runner -> {
                docker.connectNetwork(name, runner);
                joined = runner;
            });
        }
    }

    /** The scenario's network, once created. */
    Optional<String> network() {
        return networkCreated ? Optional.of(name) : Optional.empty();
    }

    /** Creates a service's container (not started), reachable by {@code serviceName} on the network. */
    Container createService(String serviceName, ContainerSpec spec) {
        Container service = new Container(create(spec, "service " + serviceName), "service " + serviceName);
        services.put(serviceName, service);
        return service;
    }

    /** Starts a service created by {@link #createService}, at first or again after {@code stop service}. */
    void startService(Container service) {
        docker.start(service.id());
        moment(service.id(), ContainerEvents.STARTED);
    }

    /** Whether a service's own waits held, for the timeline. */
    void serviceReady(Container service, boolean ready) {
        moment(service.id(), ready ? ContainerEvents.READY : ContainerEvents.NOT_READY);
    }

    /** Creates the subject's container, not started: the scenario's clock starts with {@link #startSubject}. */
    Container createSubject(ContainerSpec spec) {
        subjectSpec = spec;
        Container created = new Container(create(spec, "subject"), "the container");
        subject = created;
        return created;
    }

    /** Starts the subject made by {@link #createSubject}. */
    void startSubject() {
        Container created = subject();
        docker.start(created.id());
        moment(created.id(), ContainerEvents.STARTED);
    }

    /** Whether the subject's container was created (a service that never got ready leaves it out). */
    boolean hasSubject() {
        return subject != null;
    }

    /** Creates and starts a one-off container (a client run); removed by {@link #remove} or with the scenario. */
    Container startClient(ContainerSpec spec) {
        clients++;
        Container client = new Container(create(spec, "run " + clients), "the run of " + spec.image());
        docker.start(client.id());
        moment(client.id(), ContainerEvents.STARTED);
        return client;
    }

    /** Removes a container before the scenario ends, such as a client run that is done. */
    void remove(Container container) {
        docker.remove(container.id());
        created.remove(container.id());
        moment(container.id(), ContainerEvents.REMOVING);
    }

    /** Removes the subject and starts a new one from the same spec: same settings, same named volumes. */
    Container recreateSubject() {
        Container old = subject();
        docker.remove(old.id());
        created.remove(old.id());
        moment(old.id(), ContainerEvents.REMOVING);
        Container created = createSubject(Objects.requireNonNull(subjectSpec, "subject was never created"));
        startSubject();
        return created;
    }

    Container subject() {
        if (subject == null) {
            throw new IllegalStateException("the subject was never started");
        }
        return subject;
    }

    Container service(String serviceName) {
        Container service = services.get(serviceName);
        if (service == null) {
            throw new IllegalStateException("no service " + serviceName + " in this scenario");
        }
        return service;
    }

    Map<String, Container> services() {
        return Map.copyOf(services);
    }

    /** The scenario's own volume for {@code volume "data" at ...}, created on first use. */
    String volume(String logicalName) {
        return volumes.computeIfAbsent(logicalName, logical -> {
            String real = name + "-" + logical.replaceAll("[^a-zA-Z0-9_.-]", "_");
            return docker.createVolume(real, labels);
        });
    }

    /**
     * The socket to bind for {@code mount docker socket}: the scenario's own proxy of {@code engineSocket}, opened on
     * first use, so that the containers created through it are known exactly and removed with the scenario.
     */
    String dockerSocket(String engineSocket) {
        if (socketProxy == null) {
            // Inside a container, the temporary folder is rarely shared with the Docker host; the working folder
            // (the mounted project) usually is.
            Path folder = run.reach()
                    .paths()
                    .sharedFolder(List.of(
                            Path.of(System.getProperty("java.io.tmpdir")), Path.of(System.getProperty("user.dir"))))
                    .orElse(Path.of(System.getProperty("java.io.tmpdir")));
            socketProxy = DockerSocketProxy.open(Path.of(engineSocket), folder);
        }
        return socketProxy.socket().toString();
    }

    /** After {@link #close}: that the scenario had the Docker socket, what it created through it and what it started. */
    Optional<String> dockerSocketReport() {
        SocketNote note = socketNote;
        if (note == null) {
            return Optional.empty();
        }
        String report = "mounted at /var/run/docker.sock; containers created through it (removed with the scenario): "
                + shortIds(note.created());
        return Optional.of(
                note.startedOnly().isEmpty()
                        ? report
                        : report + "; containers made elsewhere that it started (left as they are): "
                                + String.join(", ", note.startedOnly()));
    }

    private static String shortIds(List<String> ids) {
        return ids.isEmpty()
                ? "none"
                : String.join(", ", ids.stream().map(ContainerEvents::shortId).toList());
    }

    /** What the Docker socket saw, kept for the report after the proxy closed. */
    private record SocketNote(List<String> created, List<String> startedOnly) {}

    private String create(ContainerSpec spec, String shownAs) {
        String id = docker.create(spec);
        created.add(id);
        names.put(id, shownAs);
        moment(id, ContainerEvents.CREATED);
        return id;
    }

    private void moment(String id, String event) {
        events.moment(names.getOrDefault(id, id), event, id);
    }

    /** Hands the containers, then the network and the volumes, to the run, which removes them in the background. */
    @Override
    public void close() {
        List<String> ids = new ArrayList<>(created);
        if (socketProxy != null) {
            // Closed first, so nothing more starts through it; what it created goes after the containers we made.
            socketProxy.close();
            // Only what was created through it: a container it merely started is someone else's, and stays.
            socketProxy.created().stream().filter(id -> !created.contains(id)).forEach(ids::add);
            socketNote = new SocketNote(socketProxy.created(), socketProxy.startedOnly());
        }
        List<String> named = List.copyOf(volumes.values());
        boolean network = networkCreated;
        String runner = joined;
        run.removeLater(() -> {
            docker.removeEach(ids);
            if (runner != null) {
                docker.disconnectNetwork(name, runner); // Docker keeps a network that still has a container on it
            }
            if (network) {
                docker.removeNetwork(name);
            }
            named.forEach(docker::removeVolume);
        });
        // told after the removal is handed over: nothing a listener does can keep a container from going
        created.forEach(id -> moment(id, ContainerEvents.REMOVING));
    }
}
