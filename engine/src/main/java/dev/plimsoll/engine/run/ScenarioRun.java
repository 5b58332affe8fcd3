package dev.plimsoll.engine.run;

import dev.plimsoll.engine.Deadlines;
import dev.plimsoll.engine.docker.ContainerLog;
import dev.plimsoll.engine.docker.ContainerSpec;
import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.Action;
import dev.plimsoll.grammar.ast.ScenarioInstance;
import dev.plimsoll.grammar.ast.Service;
import dev.plimsoll.grammar.ast.Setting;
import dev.plimsoll.grammar.ast.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One scenario against real containers: its own network, its services, the subject container, and the steps run
 * so far. Steps run in order; a step that is not selected still has its actions run, so that selecting one check by
 * its line gives it the same containers in the same state.
 */
public final class ScenarioRun implements AutoCloseable {
    private static final String SCENARIO_LABEL = "dev.plimsoll.scenario";
    private static final java.time.Duration LOG_DRAIN = java.time.Duration.ofSeconds(2);

    private final ContractRun contract;
    private final ScenarioInstance instance;
    private final Variables variables;
    private final String name;
    private final Map<String, String> labels;
    private final Map<String, String> volumes = new HashMap<>();
    private final Map<String, String> services = new LinkedHashMap<>();
    private final List<String> containers = new ArrayList<>();
    private boolean networkCreated;
    private final StepRunner stepRunner;
    private @Nullable ContainerSpec subjectSpec;
    private @Nullable String subjectId;
    private int cursor;
    private Optional<String> brokenBy = Optional.empty();

    private ScenarioRun(ContractRun contract, ScenarioInstance instance) {
        this.contract = contract;
        this.instance = instance;
        this.variables = contract.variables().with(instance.bindings());
        this.name = contract.services().nextScenarioName();
        Map<String, String> all = new HashMap<>(contract.docker().runLabels());
        all.put(SCENARIO_LABEL, name);
        this.labels = Map.copyOf(all);
        this.stepRunner = new StepRunner(this);
    }

    /** Creates the network, starts the services and then the subject; on failure removes what it made. */
    public static ScenarioRun start(ContractRun contract, ScenarioInstance instance) {
        ScenarioRun run = new ScenarioRun(contract, instance);
        try {
            run.startContainers();
            return run;
        } catch (RuntimeException | Error e) {
            run.close();
            throw e;
        }
    }

    private void startContainers() {
        docker().createNetwork(name, labels);
        networkCreated = true;
        for (Service service : contract.contract().services()) {
            addService(service);
        }
        ContainerSpec.Builder spec =
                ContainerSpec.builder(contract.imageId()).network(name).labels(labels);
        contract.image().exposedPorts().forEach(spec::publish);
        List<Setting> settings = instance.scenario().steps().stream()
                .filter(Setting.class::isInstance)
                .map(Setting.class::cast)
                .toList();
        ContainerSpecs.apply(settings, spec, variables, this::volume);
        subjectSpec = spec.build();
        subjectId = created(docker().create(subjectSpec));
        docker().start(subjectId);
    }

    /** Services see the variables from outside, not the scenario's matrix: they are the same for every case. */
    private void addService(Service service) {
        Variables outside = contract.variables();
        String image = contract.images().prepare(service.subject(), outside);
        ContainerSpec.Builder spec =
                ContainerSpec.builder(image).network(name, service.name()).labels(labels);
        docker().inspectImage(image).ifPresent(info -> info.exposedPorts().forEach(spec::publish));
        ContainerSpecs.apply(service.settings(), spec, outside, this::volume);
        String id = created(docker().create(spec.build()));
        services.put(service.name(), id);
        startService(service.name());
    }

    /** Runs the steps before {@code index} that have not run yet; the reason to skip {@code index}, if any. */
    public Optional<String> runUpTo(int index) {
        List<Step> steps = instance.scenario().steps();
        while (brokenBy.isEmpty() && cursor < index) {
            Step step = steps.get(cursor++);
            if (step instanceof Action) {
                runRecordingFailure(step);
            }
        }
        return brokenBy;
    }

    /** Runs step {@code index}: a failed action also stops the rest of the scenario. */
    public void run(int index) {
        runUpTo(index);
        Step step = instance.scenario().steps().get(index);
        cursor = index + 1;
        if (step instanceof Action) {
            runGuarded(step);
        } else {
            stepRunner.run(step);
        }
    }

    private void runRecordingFailure(Step step) {
        try {
            runGuarded(step);
        } catch (AssertionError | RuntimeException e) {
            brokenBy = brokenBy.map(reason -> reason + ": " + firstMismatch(e.getMessage()));
        }
    }

    private static String firstMismatch(@Nullable String message) {
        if (message == null) {
            return "";
        }
        String[] lines = message.split("\n");
        return lines.length > 1 ? lines[1].strip() : lines[0];
    }

    private void runGuarded(Step step) {
        try {
            stepRunner.run(step);
        } catch (AssertionError | RuntimeException e) {
            brokenBy = Optional.of(
                    "'" + step.describe() + "' at line " + step.span().line() + " failed");
            throw e;
        }
    }

    /** Removes the subject with its container and starts a new one with the same settings and volumes. */
    void recreate() {
        String old = subjectId();
        docker().remove(old);
        containers.remove(old);
        subjectId = created(docker().create(Objects.requireNonNull(subjectSpec, "subject was never started")));
        docker().start(subjectId);
    }

    private String created(String containerId) {
        containers.add(containerId);
        return containerId;
    }

    private String volume(String logicalName) {
        return volumes.computeIfAbsent(logicalName, logical -> {
            String real = name + "-" + logical.replaceAll("[^a-zA-Z0-9_.-]", "_");
            return docker().createVolume(real, labels);
        });
    }

    Docker docker() {
        return contract.docker();
    }

    ContractRun contract() {
        return contract;
    }

    Variables variables() {
        return variables;
    }

    Deadlines deadlines() {
        return contract.deadlines();
    }

    String subjectId() {
        if (subjectId == null) {
            throw new IllegalStateException("subject was never started");
        }
        return subjectId;
    }

    ContainerLog subjectLog() {
        return docker().log(subjectId()).orElseThrow(() -> new IllegalStateException("subject was never started"));
    }

    /**
     * After the subject exited: Docker reports the exit before the log stream delivers the last lines, so wait
     * (briefly) for the stream to end; later output checks and the failure's log tail then see every line.
     */
    void awaitLogEnd() {
        subjectLog().awaitLine(ContainerLog.Stream.LOG, line -> false, LOG_DRAIN);
    }

    /**
     * Starts a created or stopped service and waits as its block says: {@code start service X} is done when X is
     * ready again, or fails at its line when X does not come back.
     */
    void startService(String name) {
        String id = serviceId(name);
        docker().start(id);
        Service service = contract.contract().services().stream()
                .filter(declared -> declared.name().equals(name))
                .findFirst()
                .orElseThrow();
        service.waits().forEach(wait -> stepRunner.waitFor(wait, id, "service " + name));
    }

    String serviceId(String service) {
        String id = services.get(service);
        if (id == null) {
            throw new IllegalStateException("unknown service " + service);
        }
        return id;
    }

    /** The last lines of a container's log, for failure messages; none before it started. */
    List<String> logTail(String containerId) {
        return containerId == null
                ? List.of()
                : docker().log(containerId)
                        .map(log -> log.tail(contract.services().logTail()))
                        .orElse(List.of());
    }

    /** Hands the scenario's containers, then its network and volumes, to the run for removal. */
    @Override
    public void close() {
        Docker docker = docker();
        List<String> ids = List.copyOf(containers);
        List<String> named = List.copyOf(volumes.values());
        boolean network = networkCreated;
        contract.services().removeLater(() -> {
            ids.forEach(docker::remove);
            if (network) {
                docker.removeNetwork(name);
            }
            named.forEach(docker::removeVolume);
        });
    }
}
