package dev.plimsoll.runner.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Remembers every event of a run, across one or several test plans, for the summary and the XML report.
 * Contracts are the children of the engine's root; everything between a contract and a check is a
 * scenario. A test that never reported an outcome of its own takes the nearest ancestor's (a scenario
 * that failed before its checks ran fails them all).
 */
public final class Results implements TestExecutionListener {

    /** The simple class name the engine uses when it cannot reach Docker. */
    static final String DOCKER_UNAVAILABLE = "DockerUnavailableException";

    private final Map<String, TestIdentifier> identifiers = new LinkedHashMap<>();
    private final Map<String, List<TestIdentifier>> children = new HashMap<>();
    private final List<TestIdentifier> contracts = new ArrayList<>();
    private final Map<String, Outcome> outcomes = new HashMap<>();
    private final List<TestIdentifier> failed = new ArrayList<>();
    private final Map<String, Instant> starts = new HashMap<>();
    private final Map<String, LocalDateTime> startTimes = new HashMap<>();
    private final Map<String, Duration> durations = new HashMap<>();
    private final Map<String, List<ReportEntry>> entries = new HashMap<>();
    private @Nullable String interruption;

    @Override
    public synchronized void testPlanExecutionStarted(TestPlan plan) {
        if (interruption != null) return; // after a signal, what the engine still reports is not the result
        for (TestIdentifier root : plan.getRoots()) {
            remember(plan, root);
            contracts.addAll(plan.getChildren(root));
        }
    }

    private void remember(TestPlan plan, TestIdentifier identifier) {
        identifiers.put(identifier.getUniqueId(), identifier);
        List<TestIdentifier> kids = List.copyOf(plan.getChildren(identifier));
        children.put(identifier.getUniqueId(), kids);
        kids.forEach(kid -> remember(plan, kid));
    }

    @Override
    public synchronized void dynamicTestRegistered(TestIdentifier identifier) {
        if (interruption != null) return; // after a signal, what the engine still reports is not the result
        identifiers.put(identifier.getUniqueId(), identifier);
        identifier.getParentId().ifPresent(parent -> {
            List<TestIdentifier> kids = new ArrayList<>(children.getOrDefault(parent, List.of()));
            kids.add(identifier);
            children.put(parent, List.copyOf(kids));
        });
    }

    @Override
    public synchronized void executionStarted(TestIdentifier identifier) {
        if (interruption != null) return; // after a signal, what the engine still reports is not the result
        starts.put(identifier.getUniqueId(), Instant.now());
        startTimes.put(identifier.getUniqueId(), LocalDateTime.now());
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier identifier, String reason) {
        if (interruption != null) return; // after a signal, what the engine still reports is not the result
        outcomes.put(identifier.getUniqueId(), new Outcome.Skipped(reason));
    }

    @Override
    public synchronized void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (interruption != null) return; // after a signal, what the engine still reports is not the result
        String id = identifier.getUniqueId();
        Instant start = starts.get(id);
        if (start != null) {
            durations.put(id, Duration.between(start, Instant.now()));
        }
        Outcome outcome = toOutcome(result);
        outcomes.put(id, outcome);
        if (outcome instanceof Outcome.Failed) {
            failed.add(identifier);
        }
    }

    @Override
    public synchronized void reportingEntryPublished(TestIdentifier identifier, ReportEntry entry) {
        if (interruption != null) return; // after a signal, what the engine still reports is not the result
        entries.computeIfAbsent(identifier.getUniqueId(), id -> new ArrayList<>())
                .add(entry);
    }

    private static Outcome toOutcome(TestExecutionResult result) {
        return switch (result.getStatus()) {
            case SUCCESSFUL -> new Outcome.Passed();
            case ABORTED -> new Outcome.Aborted(result.getThrowable());
            case FAILED -> new Outcome.Failed(result.getThrowable().orElseGet(() -> new AssertionError("failed")));
        };
    }

    public synchronized List<TestIdentifier> contracts() {
        return List.copyOf(contracts);
    }

    /** The checks of a contract (its test descendants), in plan order. */
    public synchronized List<TestIdentifier> tests(TestIdentifier contract) {
        List<TestIdentifier> tests = new ArrayList<>();
        collect(contract, TestIdentifier::isTest, tests);
        return tests;
    }

    private void collect(TestIdentifier from, Predicate<TestIdentifier> wanted, List<TestIdentifier> into) {
        for (TestIdentifier kid : children.getOrDefault(from.getUniqueId(), List.of())) {
            if (wanted.test(kid)) {
                into.add(kid);
            }
            collect(kid, wanted, into);
        }
    }

    /**
     * Keeps the results as they are at a signal: later events are ignored, checks that were running (or whose
     * scenario was) become {@link RunInterrupted} errors, and the checks that had not begun are skipped.
     *
     * @param signal e.g. {@code SIGINT}
     */
    public synchronized void freeze(String signal) {
        if (interruption == null) interruption = signal;
    }

    /** What was running at the signal: started, unfinished, with nothing started and unfinished below it. */
    public synchronized List<TestIdentifier> interrupted() {
        if (interruption == null) return List.of();
        return identifiers.values().stream()
                .filter(identifier -> identifier.getParentId().isPresent() && running(identifier))
                .filter(identifier -> children.getOrDefault(identifier.getUniqueId(), List.of()).stream()
                        .noneMatch(this::running))
                .toList();
    }

    /** How long an interrupted identifier had been running at {@code end}. */
    public synchronized Duration runningFor(TestIdentifier identifier, Instant end) {
        Instant start = starts.get(identifier.getUniqueId());
        return start == null ? Duration.ZERO : Duration.between(start, end);
    }

    private boolean running(TestIdentifier identifier) {
        return starts.containsKey(identifier.getUniqueId()) && !outcomes.containsKey(identifier.getUniqueId());
    }

    /** The identifier's own outcome, else its nearest ancestor's, else "not run". */
    public synchronized Outcome outcome(TestIdentifier identifier) {
        Outcome own = outcomes.get(identifier.getUniqueId());
        if (own != null) {
            return own;
        }
        if (interruption != null && identifier.isTest()) {
            if (running(identifier)) {
                return new Outcome.Failed(new RunInterrupted("interrupted by " + interruption + " while it ran"));
            }
            if (parent(identifier).filter(this::running).isPresent()) {
                return new Outcome.Failed(
                        new RunInterrupted("interrupted by " + interruption + " while its scenario ran"));
            }
        }
        for (Optional<TestIdentifier> at = parent(identifier); at.isPresent(); at = parent(at.get())) {
            Outcome inherited = outcomes.get(at.get().getUniqueId());
            if (inherited != null && !(inherited instanceof Outcome.Passed)) {
                return inherited; // a passed ancestor says nothing about a check that never reported
            }
        }
        return new Outcome.Skipped(interruption == null ? "not run" : "not run: interrupted by " + interruption);
    }

    /** The identifier's children in plan order (with those registered while it ran). */
    public synchronized List<TestIdentifier> children(TestIdentifier identifier) {
        return children.getOrDefault(identifier.getUniqueId(), List.of());
    }

    /** Everything that published report entries, in the order they were first heard of. */
    public synchronized List<TestIdentifier> withEntries() {
        return identifiers.values().stream()
                .filter(identifier -> entries.containsKey(identifier.getUniqueId()))
                .toList();
    }

    public synchronized Optional<TestIdentifier> parent(TestIdentifier identifier) {
        return identifier.getParentId().map(identifiers::get);
    }

    /** The containers between the contract and this identifier, outermost first. */
    public synchronized List<TestIdentifier> scenarios(TestIdentifier identifier) {
        List<TestIdentifier> chain = new ArrayList<>();
        for (Optional<TestIdentifier> at = parent(identifier); at.isPresent(); at = parent(at.get())) {
            if (contracts.contains(at.get()) || at.get().getParentId().isEmpty()) {
                break;
            }
            chain.add(0, at.get());
        }
        return chain;
    }

    /** The contract an identifier belongs to (itself for a contract), if it belongs to one. */
    public synchronized Optional<TestIdentifier> contractOf(TestIdentifier identifier) {
        for (Optional<TestIdentifier> at = Optional.of(identifier); at.isPresent(); at = parent(at.get())) {
            if (contracts.contains(at.get())) {
                return at;
            }
        }
        return Optional.empty();
    }

    public synchronized Duration duration(TestIdentifier identifier) {
        return durations.getOrDefault(identifier.getUniqueId(), Duration.ZERO);
    }

    public synchronized Optional<LocalDateTime> startTime(TestIdentifier identifier) {
        return Optional.ofNullable(startTimes.get(identifier.getUniqueId()));
    }

    public synchronized List<ReportEntry> entries(TestIdentifier identifier) {
        return List.copyOf(entries.getOrDefault(identifier.getUniqueId(), List.of()));
    }

    /** Everything that failed on its own (checks, scenarios, contracts, the engine), in order. */
    public synchronized List<TestIdentifier> failures() {
        return List.copyOf(failed);
    }

    public synchronized Optional<Throwable> dockerUnavailable() {
        return failed.stream()
                .map(identifier -> outcomes.get(identifier.getUniqueId()))
                .map(outcome -> ((Outcome.Failed) outcome).cause())
                .flatMap(cause -> Messages.causeNamed(cause, DOCKER_UNAVAILABLE).stream())
                .findFirst();
    }

    public synchronized boolean anyFailed() {
        return !failed.isEmpty();
    }

    public synchronized Tally tally() {
        Tally tally = new Tally();
        contracts.forEach(contract -> tests(contract).forEach(test -> tally.add(outcome(test))));
        return tally;
    }
}
