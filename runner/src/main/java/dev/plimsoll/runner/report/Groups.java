package dev.plimsoll.runner.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.launcher.TestIdentifier;

/**
 * The HTML report's blocks: a contract's checks grouped by what holds them (a scenario, a matrix case, {@code image
 * has}, or the contract itself for its file checks), in plan order, each with the anchor both the timeline and the
 * steps use.
 */
final class Groups {

    /** Checks directly under a contract have no scenario: the report shows them under this title. */
    static final String OUTSIDE_SCENARIOS = "checks outside scenarios";

    record Group(String anchor, TestIdentifier owner, String title, List<TestIdentifier> steps) {}

    record ContractGroups(TestIdentifier contract, List<Group> groups) {}

    private Groups() {}

    static List<ContractGroups> of(Results results) {
        List<ContractGroups> all = new ArrayList<>();
        int[] next = {1};
        for (TestIdentifier contract : results.contracts()) {
            Map<String, List<TestIdentifier>> byOwner = new LinkedHashMap<>();
            for (TestIdentifier test : results.tests(contract)) {
                TestIdentifier owner = results.parent(test).orElse(contract);
                byOwner.computeIfAbsent(owner.getUniqueId(), id -> new ArrayList<>(List.of(owner)))
                        .add(test);
            }
            List<Group> groups = new ArrayList<>();
            for (List<TestIdentifier> ownerAndSteps : byOwner.values()) {
                List<TestIdentifier> steps = List.copyOf(ownerAndSteps.subList(1, ownerAndSteps.size()));
                groups.add(new Group("g" + next[0]++, ownerAndSteps.get(0), title(results, steps.get(0)), steps));
            }
            all.add(new ContractGroups(contract, List.copyOf(groups)));
        }
        return all;
    }

    private static String title(Results results, TestIdentifier step) {
        List<String> names = results.scenarios(step).stream()
                .map(TestIdentifier::getDisplayName)
                .toList();
        return names.isEmpty() ? OUTSIDE_SCENARIOS : String.join(ConsoleReporter.SEPARATOR, names);
    }

    /** The CSS class of an outcome, also the word the page shows for it. */
    static String status(Outcome outcome) {
        if (outcome instanceof Outcome.Passed) return "passed";
        if (outcome instanceof Outcome.Skipped) return "skipped";
        if (outcome instanceof Outcome.Aborted) return "aborted";
        Outcome.Failed failed = (Outcome.Failed) outcome;
        if (failed.isAssertion()) return "failed";
        return failed.cause() instanceof RunInterrupted ? "interrupted" : "error";
    }

    static String mark(Outcome outcome) {
        return switch (status(outcome)) {
            case "passed" -> ConsoleReporter.PASSED;
            case "skipped", "aborted" -> ConsoleReporter.SKIPPED;
            default -> ConsoleReporter.FAILED;
        };
    }

    /** What the page says beside a step: the failure's whole message, or why it did not run. */
    static Optional<String> message(Outcome outcome) {
        if (outcome instanceof Outcome.Failed failed) return Optional.of(Messages.of(failed.cause()));
        if (outcome instanceof Outcome.Skipped skipped) return Optional.of("skipped: " + skipped.reason());
        if (outcome instanceof Outcome.Aborted aborted) return Optional.of("aborted: " + aborted.reason());
        return Optional.empty();
    }
}
