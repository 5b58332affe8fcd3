package dev.plimsoll.runner.launch;

import java.util.List;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.launcher.TestPlan;

/** How a run ended, before anyone decides what that means for the exit code. */
public sealed interface RunOutcome {

    /** The engine could not read some contracts; nothing was executed. */
    record InvalidContracts(List<DiscoveryIssue> issues) implements RunOutcome {}

    /** The contracts were read, but no check is left (after {@code --filter}). */
    record NothingToRun(List<DiscoveryIssue> issues) implements RunOutcome {}

    /** The plans {@code list} prints: at least one check. */
    record Discovered(List<DiscoveryIssue> issues, List<TestPlan> plans) implements RunOutcome {
        public Discovered {
            issues = List.copyOf(issues);
            plans = List.copyOf(plans);
        }
    }

    /** The checks ran; the listeners saw every result. */
    record Executed(List<DiscoveryIssue> issues, boolean stoppedEarly) implements RunOutcome {}

    /** The test engine named by the settings is not on the class path. */
    record EngineMissing(String engineId) implements RunOutcome {}
}
