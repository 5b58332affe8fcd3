package dev.plimsoll.runner.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.BooleanSupplier;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The runner's whole conversation with the engine: discover, stop on invalid contracts, execute.
 *
 * <p>Platform 1.14 has no way to cancel a running execution, so {@code --fail-fast} works per contract:
 * each contract is discovered and executed on its own, in order, and once one has failed the contracts
 * after it are reported to the listeners as skipped without being executed. A contract that has started
 * runs to its end.
 */
public final class ContractRun {

    /** The reason given for contracts that {@code --fail-fast} did not run. */
    public static final String NOT_RUN_REASON = "not run: --fail-fast stopped after the first failure";

    private final RunSettings settings;

    public ContractRun(RunSettings settings) {
        this.settings = settings;
    }

    /** Discovers only: the plan {@code list} prints, or why there is none. */
    public RunOutcome discover() {
        if (!engineAvailable()) {
            return new RunOutcome.EngineMissing(settings.engineId());
        }
        try (LauncherSession session = LauncherFactory.openSession()) {
            return discover(session.getLauncher(), List.of(settings.contracts()));
        }
    }

    /**
     * Runs the contracts; {@code failed} tells, after each contract, whether anything failed so far
     * (only asked with fail-fast).
     */
    public RunOutcome execute(List<TestExecutionListener> listeners, BooleanSupplier failed) {
        if (!engineAvailable()) {
            return new RunOutcome.EngineMissing(settings.engineId());
        }
        List<List<Path>> batches =
                settings.failFast() ? eachAlone(settings.contracts()) : List.of(settings.contracts());
        TestExecutionListener[] all = listeners.toArray(TestExecutionListener[]::new);
        try (LauncherSession session = LauncherFactory.openSession()) {
            Launcher launcher = session.getLauncher();
            RunOutcome discovered = discover(launcher, batches);
            if (!(discovered instanceof RunOutcome.Discovered found)) {
                return discovered;
            }
            boolean stopping = false;
            boolean skippedAny = false;
            for (TestPlan plan : found.plans()) {
                if (stopping) {
                    reportNotRun(plan, all);
                    skippedAny = true;
                    continue;
                }
                launcher.execute(plan, all);
                stopping = settings.failFast() && failed.getAsBoolean();
            }
            return new RunOutcome.Executed(found.issues(), skippedAny);
        }
    }

    private RunOutcome discover(Launcher launcher, List<List<Path>> batches) {
        DiscoveryIssues issues = new DiscoveryIssues();
        List<TestPlan> plans = new ArrayList<>();
        for (List<Path> batch : batches) {
            discover(launcher, settings.request(batch, issues), issues).ifPresent(plans::add);
        }
        List<DiscoveryIssue> found = issues.all();
        if (DiscoveryIssues.anyError(found)) {
            return new RunOutcome.InvalidContracts(found);
        }
        if (plans.isEmpty()) {
            return new RunOutcome.NothingToRun(found);
        }
        return new RunOutcome.Discovered(found, plans);
    }

    /** Platform 1.13+ throws on ERROR issues; we already collected them, and report them as such. */
    private static Optional<TestPlan> discover(
            Launcher launcher, LauncherDiscoveryRequest request, DiscoveryIssues issues) {
        try {
            TestPlan plan = launcher.discover(request);
            return plan.containsTests() ? Optional.of(plan) : Optional.empty();
        } catch (JUnitException e) {
            if (DiscoveryIssues.anyError(issues.all())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static void reportNotRun(TestPlan plan, TestExecutionListener[] listeners) {
        for (TestExecutionListener listener : listeners) {
            listener.testPlanExecutionStarted(plan);
            for (TestIdentifier root : plan.getRoots()) {
                plan.getChildren(root).forEach(contract -> listener.executionSkipped(contract, NOT_RUN_REASON));
            }
            listener.testPlanExecutionFinished(plan);
        }
    }

    private static List<List<Path>> eachAlone(List<Path> contracts) {
        return contracts.stream().map(List::of).toList();
    }

    /** Asks the engine SPI by id only, so a jar without the engine says so instead of a stack trace. */
    private boolean engineAvailable() {
        return ServiceLoader.load(TestEngine.class).stream()
                .anyMatch(engine -> settings.engineId().equals(engine.get().getId()));
    }
}
