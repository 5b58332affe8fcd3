package dev.plimsoll.engine.run;

import dev.plimsoll.engine.Deadlines;
import dev.plimsoll.engine.check.HttpCall;
import dev.plimsoll.engine.docker.ContainerLog;
import dev.plimsoll.engine.docker.ContainerSpec;
import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.engine.docker.LineAwait;
import dev.plimsoll.engine.plan.ScenarioPlan;
import dev.plimsoll.engine.plan.ServicePlan;
import dev.plimsoll.engine.plan.UniqueValues;
import dev.plimsoll.engine.step.Container;
import dev.plimsoll.engine.step.ContainerAccounts;
import dev.plimsoll.engine.step.PortAddresses;
import dev.plimsoll.engine.step.StepContext;
import dev.plimsoll.engine.step.StepExecutors;
import dev.plimsoll.engine.step.Targets;
import dev.plimsoll.engine.step.Verdict;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.ScenarioInstance;
import dev.plimsoll.grammar.ast.Setting;
import dev.plimsoll.grammar.ast.Step;
import dev.plimsoll.grammar.ast.Subject;
import dev.plimsoll.grammar.ast.WaitAction;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scenario against real containers: its {@link ScenarioPlan}, its {@link ScenarioContainers} and the {@link
 * StepSequence} of its steps, joined here; executors see it as their {@link StepContext}.
 */
public final class ScenarioRun implements StepContext, AutoCloseable {
    /**
     * How long checks wait, after an exit, for Docker to deliver the last lines and end the log stream; they go on as
     * soon as it ends. A busy engine took over 4 s (scripts/test-load: 'expect stdout contains "job done"' failed
     * after a passed 'expect exit 0', with 2 s), so this is generous: it costs nothing when the stream ends.
     */
    static final Duration LOG_DRAIN = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioRun.class);

    /** Report entry key: that the scenario had {@code mount docker socket}, and what was started through it. */
    public static final String DOCKER_SOCKET_ENTRY = "docker socket";

    private final ContractRun contract;
    private final ScenarioPlan plan;
    private final HeldEvents held = new HeldEvents();
    private final ScenarioContainers containers;
    private final StepSequence sequence;
    private final StepExecutors executors = StepExecutors.standard();
    private final HttpCall http;
    private final ContainerAccounts accounts = new ContainerAccounts();
    private final Map<String, String> saved = new LinkedHashMap<>();
    private Variables variables;

    private ScenarioRun(ContractRun contract, ScenarioPlan plan) {
        this.contract = contract;
        this.plan = plan;
        this.variables = plan.variables();
        this.containers = new ScenarioContainers(contract.services(), held);
        this.sequence = new StepSequence(plan.steps(), this::execute);
        this.http = new HttpCall(contract.deadlines().httpScaled());
    }

    /**
     * Everything before the subject starts: the plan, the network, the services started and ready, the subject's
     * container created but not started. It may run ahead of the scenario's turn (see {@link ScenariosAhead}): no
     * deadline of a step counts from here, and each service's own waits run right after its start. A service that
     * does not get ready is reported by the scenario's first step, with the rest skipped; any other failure removes
     * what was made and is thrown.
     */
    static ScenarioRun prepare(ContractRun contract, ScenarioInstance instance) {
        ScenarioPlan plan = ScenarioPlan.of(contract.contract(), instance, contract.variables(), UniqueValues.next());
        ScenarioRun run = new ScenarioRun(contract, plan);
        try {
            run.prepareContainers();
            return run;
        } catch (RuntimeException | Error e) {
            run.close();
            throw e;
        }
    }

    /**
     * The scenario's turn: the moments so far go to {@code events}, as will all later ones, then the subject starts.
     * A failure removes what was made and is thrown.
     */
    void begin(ContainerEvents events) {
        held.release(events);
        try {
            if (containers.hasSubject()) {
                containers.startSubject();
            }
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    private void prepareContainers() {
        // A runner inside a container reaches every container through the scenario's network.
        if (plan.needsNetwork() || contract.services().reach().joiner().isPresent()) {
            containers.createNetwork();
        }
        for (ServicePlan service : plan.services()) {
            Optional<StepFailure> failure = startNewService(service);
            if (failure.isPresent()) {
                // Neither the later services nor the subject start: every step is reported without them.
                sequence.brokenAtStart(
                        failure.get(),
                        "service " + service.name() + " did not get ready, so the scenario did not start");
                return;
            }
        }
        createSubject();
    }

    private void createSubject() {
        String image = contract.imageFor(plan.instance(), variables);
        ContainerSpec.Builder spec = containers.spec(image, ScenarioContainers.SUBJECT_ALIAS);
        contract.exposedPorts(image).forEach(spec::publish);
        ContainerSettings.apply(plan.subjectSettings(), spec, scope());
        containers.createSubject(spec.build());
    }

    private Optional<StepFailure> startNewService(ServicePlan service) {
        String image = contract.images().prepare(service.subject(), variables);
        ContainerSpec.Builder spec = containers.spec(image, service.name());
        contract.exposedPorts(image).forEach(spec::publish);
        ContainerSettings.apply(service.settings(), spec, scope());
        Container started = containers.createService(service.name(), spec.build());
        containers.startService(started);
        return awaitReady(service.name(), started)
                .map(missed -> StepFailure.of(
                        "service " + service.name() + " › " + missed.step().describe(),
                        missed.step(),
                        contract.location(),
                        missed.verdict().mismatches(),
                        logTail(missed.verdict().logOf()),
                        missed.verdict().logOf().owner()));
    }

    /** A service's own wait that did not hold, and what it found. */
    private record Missed(WaitAction step, Verdict verdict) {}

    private Optional<Missed> awaitReady(String name, Container service) {
        for (WaitAction wait : plan.service(name).waits()) {
            Verdict verdict = executors.run(wait, service, this);
            if (!verdict.holds()) {
                containers.serviceReady(service, false);
                return Optional.of(new Missed(wait, verdict));
            }
        }
        containers.serviceReady(service, true);
        return Optional.empty();
    }

    private ContainerSettings.Scope scope() {
        return new ContainerSettings.Scope(
                variables,
                containers::volume,
                contract.location(),
                docker().endpoint(),
                containers::dockerSocket,
                contract.services().reach().paths());
    }

    /** Runs the actions before step {@code index} that have not run yet; the reason to skip it, if any. */
    public Optional<String> runUpTo(int index) {
        return sequence.runUpTo(index);
    }

    /** Runs step {@code index}; throws {@link StepFailure} when it does not hold. */
    public void run(int index) {
        sequence.run(index);
    }

    private void execute(Step step) {
        Verdict verdict = executors.run(step, Targets.of(step, this), this);
        if (!verdict.holds()) {
            throw failure(step, verdict);
        }
    }

    private StepFailure failure(Step step, Verdict verdict) {
        return StepFailure.of(
                step.describe(),
                step,
                contract.location(),
                verdict.mismatches(),
                logTail(verdict.logOf()),
                verdict.logOf().owner());
    }

    private List<String> logTail(Container container) {
        return docker().log(container.id())
                .map(log -> log.tail(contract.services().logTail()))
                .orElse(List.of());
    }

    // StepContext

    @Override
    public Docker docker() {
        return contract.docker();
    }

    @Override
    public ContainerAccounts accounts() {
        return accounts;
    }

    @Override
    public Deadlines deadlines() {
        return contract.deadlines();
    }

    @Override
    public Variables variables() {
        return variables;
    }

    @Override
    public HttpCall http() {
        return http;
    }

    @Override
    public PortAddresses addresses() {
        return contract.services().reach().addresses(docker(), containers.network());
    }

    @Override
    public Container subject() {
        return containers.subject();
    }

    @Override
    public Container service(String name) {
        return containers.service(name);
    }

    @Override
    public Map<String, Container> services() {
        return containers.services();
    }

    @Override
    public void awaitLogEnd(Container container) {
        Duration drain = deadlines().scaled(LOG_DRAIN);
        docker().log(container.id()).ifPresent(log -> {
            if (log.awaitLine(ContainerLog.Stream.LOG, line -> false, drain) instanceof LineAwait.TimedOut) {
                LOG.debug(
                        "the log of {} had not ended {} after its exit; checks read what came", container.id(), drain);
            }
        });
    }

    @Override
    public void recreateSubject() {
        containers.recreateSubject();
    }

    @Override
    public Verdict startService(String name) {
        Container service = containers.service(name);
        containers.startService(service);
        return awaitReady(name, service)
                .map(missed -> Verdict.of(
                        missed.verdict().mismatches().stream()
                                .map(mismatch -> "service " + name + " › "
                                        + missed.step().describe() + " (line "
                                        + missed.step().span().line() + "): " + mismatch)
                                .toList(),
                        missed.verdict().logOf()))
                .orElseGet(() -> Verdict.held(service));
    }

    @Override
    public Container startClient(Subject image, List<Setting> settings) {
        String imageId = contract.images().prepare(image, variables);
        ContainerSpec.Builder spec = containers.spec(imageId, null);
        ContainerSettings.apply(settings, spec, scope());
        return containers.startClient(spec.build());
    }

    @Override
    public void removeClient(Container client) {
        containers.remove(client);
    }

    @Override
    public void save(String name, String value) {
        saved.put(name, value);
        variables = plan.variables().with(saved);
    }

    /** What the report says of the scenario besides its steps, once it is {@link #close closed}: key to text. */
    public Map<String, String> reportEntries() {
        return containers
                .dockerSocketReport()
                .map(text -> Map.of(DOCKER_SOCKET_ENTRY, text))
                .orElse(Map.of());
    }

    /** Hands the scenario's containers, network and volumes to the run for removal. */
    @Override
    public void close() {
        containers.close();
    }
}
