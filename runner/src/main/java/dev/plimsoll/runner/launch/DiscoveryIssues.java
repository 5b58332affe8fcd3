package dev.plimsoll.runner.launch;

import dev.plimsoll.engine.descriptor.InvalidContractDescriptor.InvalidContractException;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.LauncherDiscoveryListener;

/** Collects what the engine says about contracts it could not read (the rendered diagnostics). */
final class DiscoveryIssues implements LauncherDiscoveryListener {

    private final List<DiscoveryIssue> issues = new ArrayList<>();

    @Override
    public synchronized void issueEncountered(UniqueId engineId, DiscoveryIssue issue) {
        issues.add(issue);
    }

    synchronized List<DiscoveryIssue> all() {
        return List.copyOf(issues);
    }

    /** Errors, and invalid contracts: the engine reports those as warnings so that IDEs still run the rest. */
    static boolean anyError(List<DiscoveryIssue> issues) {
        return issues.stream()
                .anyMatch(issue -> issue.severity().compareTo(Severity.ERROR) >= 0
                        || issue.cause()
                                .filter(InvalidContractException.class::isInstance)
                                .isPresent());
    }
}
