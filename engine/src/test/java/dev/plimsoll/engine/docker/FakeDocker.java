package dev.plimsoll.engine.docker;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An in-memory {@link Docker} for unit tests of sequencing, skipping, targets and saved values: images are scripts
 * (lines logged at start, a reaction to signals, an exit), containers are small state machines, and every call is
 * recorded. Nothing listens on a network: HTTP and port checks belong to the *IT tests.
 */
public final class FakeDocker implements Docker {

    /** What a container of an image does once started. */
    public record Script(
            List<String> startLines,
            Map<String, Integer> exitOnSignal,
            OptionalInt exitAtStart,
            List<String> exposedPorts,
            Function<List<String>, ExecResult> exec) {

        public static Script logs(String... lines) {
            return new Script(
                    List.of(lines),
                    Map.of("SIGTERM", 0),
                    OptionalInt.empty(),
                    List.of(),
                    argv -> new ExecResult(OptionalInt.of(0), "", ""));
        }

        public Script exitingOn(String signal, int code) {
            Map<String, Integer> more = new HashMap<>(exitOnSignal);
            more.put(signal, code);
            return new Script(startLines, more, exitAtStart, exposedPorts, exec);
        }

        public Script ignoring(String signal) {
            Map<String, Integer> fewer = new HashMap<>(exitOnSignal);
            fewer.remove(signal);
            return new Script(startLines, fewer, exitAtStart, exposedPorts, exec);
        }

        /** Logs its lines, then exits with {@code code} by itself (a one-shot container). */
        public Script exitingAtStart(int code) {
            return new Script(startLines, exitOnSignal, OptionalInt.of(code), exposedPorts, exec);
        }

        public Script execAnswering(Function<List<String>, ExecResult> answer) {
            return new Script(startLines, exitOnSignal, exitAtStart, exposedPorts, answer);
        }
    }

    /** An exec answer that behaves like {@code echo}: its arguments on stdout, exit 0. */
    public static ExecResult echo(List<String> argv) {
        return new ExecResult(OptionalInt.of(0), String.join(" ", argv.subList(1, argv.size())) + "\n", "");
    }

    private static final class FakeContainer {
        final String id;
        final ContainerSpec spec;
        final Script script;
        final ContainerLog log;
        boolean started;
        boolean running;
        OptionalInt exitCode = OptionalInt.empty();

        FakeContainer(String id, ContainerSpec spec, Script script) {
            this.id = id;
            this.spec = spec;
            this.script = script;
            this.log = new ContainerLog(id);
        }
    }

    private final Map<String, Script> images = new HashMap<>();
    private final Map<String, FakeContainer> containers = new LinkedHashMap<>();
    private final Set<String> networks = new LinkedHashSet<>();
    private final Map<String, ContainerInfo> foreign = new LinkedHashMap<>();
    private final Map<String, Set<String>> joined = new LinkedHashMap<>();
    private final Set<String> volumes = new LinkedHashSet<>();
    private final List<String> calls = new ArrayList<>();
    private final List<ContainerSpec> created = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, List<FileEntry>> files = new HashMap<>();
    private final Map<String, ImageAccounts> accounts = new HashMap<>();
    private final Map<String, String> runLabels = Map.of("dev.plimsoll", "true", "dev.plimsoll.run", "fake-run");

    /** An image that exists locally, by reference; a build of any context gives {@code built} unless set. */
    public FakeDocker image(String reference, Script script) {
        images.put(reference, script);
        return this;
    }

    /** Files that every container of {@code image} holds, as the archive API would list them, parents first. */
    public synchronized FakeDocker files(String image, FileEntry... entries) {
        files.put(image, List.of(entries));
        return this;
    }

    /** The users and groups that {@link #accounts} reads from every container of {@code image}. */
    public synchronized FakeDocker accounts(String image, ImageAccounts tables) {
        accounts.put(image, tables);
        return this;
    }

    /** How many calls so far start with {@code prefix}, like {@code accounts c1} or {@code readPath c2 /etc}. */
    public synchronized long count(String prefix) {
        return calls.stream().filter(call -> call.startsWith(prefix)).count();
    }

    /**
     * A container this fake did not create, such as the runner's own when it runs in one: found by {@link
     * #inspectContainer} under its id or the id's first 12 characters, and joinable to networks.
     */
    public synchronized FakeDocker foreignContainer(String id, String networkMode, List<ContainerInfo.Mount> mounts) {
        foreign.put(id, new ContainerInfo(id, networkMode, mounts, Map.of()));
        return this;
    }

    /** Every call so far, like {@code create alpine}, {@code kill c1 SIGTERM}, {@code createNetwork ...}. */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /** Containers, networks and volumes not removed yet. */
    public synchronized int leftovers() {
        return containers.size() + networks.size() + volumes.size();
    }

    public synchronized ContainerSpec spec(String containerId) {
        return container(containerId).spec;
    }

    /** The specs of every container created so far, removed or not, in order. */
    public synchronized List<ContainerSpec> createdSpecs() {
        return List.copyOf(created);
    }

    /** Containers created so far, in order, by their image reference. */
    public synchronized List<String> createdImages() {
        return calls.stream()
                .filter(call -> call.startsWith("create "))
                .map(call -> call.substring("create ".length()))
                .toList();
    }

    /** The value of {@code variable} in every container created from {@code image}, in order. */
    public synchronized List<String> envOfCreated(String image, String variable) {
        return created.stream()
                .filter(spec -> spec.image().equals(image))
                .map(spec -> spec.env().get(variable))
                .toList();
    }

    private synchronized void record(String call) {
        calls.add(call);
    }

    @Override
    public String endpoint() {
        return "fake://docker";
    }

    @Override
    public String apiVersion() {
        return "1.41";
    }

    @Override
    public Map<String, String> runLabels() {
        return runLabels;
    }

    @Override
    public synchronized Optional<ImageInfo> inspectImage(String ref) {
        record("inspectImage " + ref);
        Script script = images.get(ref);
        return script == null
                ? Optional.empty()
                : Optional.of(new ImageInfo(
                        ref,
                        Optional.empty(),
                        script.exposedPorts(),
                        List.of(),
                        Map.of(),
                        Map.of(),
                        false,
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        1));
    }

    @Override
    public ImageInfo ensureImage(String ref) {
        return inspectImage(ref)
                .orElseThrow(() ->
                        new ImageUnavailableException("no image " + ref + " (fake)", new IllegalStateException(ref)));
    }

    @Override
    public synchronized String build(BuildRequest request) {
        record("build " + request.context().getFileName());
        String tag = "built:" + request.context().getFileName();
        images.putIfAbsent(tag, images.getOrDefault("built", Script.logs()));
        return tag;
    }

    @Override
    public synchronized String createNetwork(String name, Map<String, String> labels) {
        record("createNetwork " + name);
        networks.add(name);
        return name;
    }

    @Override
    public synchronized void removeNetwork(String name) {
        record("removeNetwork " + name);
        if (joined.values().stream().anyMatch(on -> on.contains(name))) {
            throw new DockerOperationException("network " + name + " has active endpoints (fake)");
        }
        networks.remove(name);
    }

    @Override
    public synchronized void connectNetwork(String network, String containerId) {
        record("connectNetwork " + network + " " + containerId);
        if (!networks.contains(network)) {
            throw new DockerOperationException("no such network: " + network + " (fake)");
        }
        joined.computeIfAbsent(containerId, id -> new LinkedHashSet<>()).add(network);
    }

    @Override
    public synchronized void disconnectNetwork(String network, String containerId) {
        record("disconnectNetwork " + network + " " + containerId);
        joined.getOrDefault(containerId, new LinkedHashSet<>()).remove(network);
    }

    /**
     * Ours: the address {@code 10.0.0.N} of container {@code cN} on its network while it runs; a foreign one: as
     * given, with its networks joined.
     */
    @Override
    public synchronized Optional<ContainerInfo> inspectContainer(String reference) {
        record("inspectContainer " + reference);
        FakeContainer container = containers.get(reference);
        if (container != null) {
            Map<String, String> addresses = container.spec.network().isPresent() && container.running
                    ? Map.of(container.spec.network().get(), "10.0.0." + reference.substring(1))
                    : Map.of();
            return Optional.of(new ContainerInfo(reference, "default", List.of(), addresses));
        }
        return foreign.values().stream()
                .filter(info ->
                        info.id().equals(reference) || info.id().startsWith(reference) && reference.length() >= 12)
                .findFirst()
                .map(info -> new ContainerInfo(
                        info.id(),
                        info.networkMode(),
                        info.mounts(),
                        joined.getOrDefault(info.id(), Set.of()).stream()
                                .collect(
                                        java.util.stream.Collectors.toMap(network -> network, network -> "10.0.1.1"))));
    }

    @Override
    public synchronized String createVolume(String name, Map<String, String> labels) {
        record("createVolume " + name);
        volumes.add(name);
        return name;
    }

    @Override
    public synchronized void removeVolume(String name) {
        record("removeVolume " + name);
        volumes.remove(name);
    }

    @Override
    public synchronized String create(ContainerSpec spec) {
        Script script = images.get(spec.image());
        if (script == null) {
            throw new DockerOperationException("no such image: " + spec.image() + " (fake)");
        }
        String id = "c" + ids.incrementAndGet();
        containers.put(id, new FakeContainer(id, spec, script));
        created.add(spec);
        record("create " + spec.image());
        return id;
    }

    @Override
    public synchronized ContainerLog start(String containerId) {
        FakeContainer container = container(containerId);
        record("start " + containerId);
        if (container.started) {
            container.log.resume();
        }
        container.started = true;
        container.running = true;
        container.exitCode = OptionalInt.empty();
        container.script.startLines().forEach(line -> emit(container, line));
        container.script.exitAtStart().ifPresent(code -> exit(container, code));
        return container.log;
    }

    private static void emit(FakeContainer container, String line) {
        String stamped = Instant.now() + " " + line + "\n";
        container.log.accept(ContainerLog.Stream.STDOUT, stamped.getBytes(StandardCharsets.UTF_8));
    }

    private void exit(FakeContainer container, int code) {
        container.running = false;
        container.exitCode = OptionalInt.of(code);
        container.log.end(code);
        notifyAll();
    }

    /** The fake's log never misses a line, so the stored log is the followed one. */
    @Override
    public synchronized ContainerLog storedLog(String containerId) {
        return container(containerId).log;
    }

    @Override
    public synchronized Optional<ContainerLog> log(String containerId) {
        FakeContainer container = containers.get(containerId);
        return container == null || !container.started ? Optional.empty() : Optional.of(container.log);
    }

    @Override
    public synchronized void kill(String containerId, String signal) {
        FakeContainer container = container(containerId);
        record("kill " + containerId + " " + signal);
        if (!container.running) {
            throw new DockerOperationException("container " + containerId + " is not running");
        }
        Integer code = container.script.exitOnSignal().get(signal);
        if (code != null) {
            exit(container, code);
        }
    }

    @Override
    public synchronized void stop(String containerId, Duration timeout) {
        FakeContainer container = container(containerId);
        record("stop " + containerId);
        if (container.running) {
            exit(container, container.script.exitOnSignal().getOrDefault("SIGTERM", 137));
        }
    }

    @Override
    public synchronized void restart(String containerId, Duration timeout) {
        stop(containerId, timeout);
        start(containerId);
    }

    @Override
    public synchronized void remove(String containerId) {
        record("remove " + containerId);
        containers.remove(containerId);
    }

    @Override
    public synchronized Map<String, Integer> publishedPorts(String containerId) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        FakeContainer container = container(containerId);
        int next = 40000 + Integer.parseInt(containerId.substring(1)) * 10;
        for (String port : container.spec.ports()) {
            ports.put(port.contains("/") ? port : port + "/tcp", next++);
        }
        return ports;
    }

    @Override
    public synchronized ContainerState state(String containerId) {
        FakeContainer container = container(containerId);
        String status = container.running ? "running" : container.started ? "exited" : "created";
        return new ContainerState(
                status,
                container.running,
                container.exitCode,
                ContainerState.Health.NONE,
                Optional.empty(),
                Optional.empty());
    }

    @Override
    public ContainerState awaitHealthy(String containerId, Duration deadline) {
        return state(containerId);
    }

    @Override
    public synchronized OptionalInt awaitExit(String containerId, Duration deadline) {
        FakeContainer container = container(containerId);
        long end = System.nanoTime() + deadline.toNanos();
        while (container.running) {
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return OptionalInt.empty();
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return OptionalInt.empty();
            }
        }
        return container.exitCode;
    }

    @Override
    public synchronized List<ProcessInfo> top(String containerId, ImageAccounts names) {
        record("top " + containerId);
        return List.of(new ProcessInfo(
                1, 0, names.userName(0).orElse("0"), 0, names.groupName(0).orElse("0"), "init"));
    }

    @Override
    public synchronized ExecResult exec(String containerId, List<String> argv, Duration timeout) {
        record("exec " + containerId + " " + String.join(" ", argv));
        return container(containerId).script.exec().apply(argv);
    }

    @Override
    public synchronized List<FileEntry> readPath(String containerId, String path) {
        record("readPath " + containerId + " " + path);
        return files.getOrDefault(container(containerId).spec.image(), List.of()).stream()
                .filter(entry -> entry.path().equals(path) || entry.path().startsWith(path + "/"))
                .toList();
    }

    @Override
    public synchronized ImageAccounts accounts(String containerId) {
        record("accounts " + containerId);
        return accounts.getOrDefault(
                container(containerId).spec.image(), ImageAccounts.parse("root:x:0:0::/:/bin/sh", "root:x:0:"));
    }

    @Override
    public synchronized RemovalCounts removeAll(Map<String, String> labels) {
        RemovalCounts counts = new RemovalCounts(containers.size(), networks.size(), volumes.size());
        containers.clear();
        networks.clear();
        volumes.clear();
        return counts;
    }

    @Override
    public RunOwner owner() {
        return RunOwner.current();
    }

    @Override
    public synchronized RemovalCounts interrupt(Duration drain) {
        return removeAll(runLabels());
    }

    @Override
    public List<LeftRun> runs() {
        return List.of();
    }

    @Override
    public List<BuiltImage> builtImages() {
        return List.of();
    }

    @Override
    public boolean removeImage(String imageId) {
        return true;
    }

    @Override
    public void tag(String image, String repository, String tag) {
        throw new UnsupportedOperationException("the fake Docker does not tag");
    }

    @Override
    public String push(String repository, String tag) {
        throw new UnsupportedOperationException("the fake Docker does not push");
    }

    @Override
    public void close() {}

    private FakeContainer container(String containerId) {
        FakeContainer container = containers.get(containerId);
        if (container == null) {
            throw new DockerOperationException("no such container: " + containerId + " (fake)");
        }
        return container;
    }
}
