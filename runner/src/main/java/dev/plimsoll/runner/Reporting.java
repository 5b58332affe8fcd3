package dev.plimsoll.runner;

import dev.plimsoll.runner.launch.RunOutcome;
import dev.plimsoll.runner.report.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.DiscoveryIssue;

/** What {@code run} and {@code list} say on stderr when there is nothing, or nothing valid, to run. */
record Reporting(PrintWriter err, @Nullable String filter, List<Path> paths) {

    /** Prints the engine's diagnostics; their messages are already rendered in the house format. */
    void issues(List<DiscoveryIssue> issues) {
        issues.forEach(issue -> err.println(issue.message()));
        err.flush();
    }

    int notExecuted(RunOutcome outcome) {
        if (outcome instanceof RunOutcome.EngineMissing missing) {
            err.println("plimsoll: this build has no test engine '" + missing.engineId()
                    + "' on its class path, so it cannot read contracts");
            return ExitCode.USAGE.code;
        }
        if (outcome instanceof RunOutcome.InvalidContracts invalid) {
            issues(invalid.issues());
            err.println("plimsoll: invalid contracts, nothing was run");
            return ExitCode.USAGE.code;
        }
        if (outcome instanceof RunOutcome.NothingToRun nothing) {
            issues(nothing.issues());
        }
        err.println(
                filter == null
                        ? "plimsoll: no checks in the contracts found in " + ContractFiles.describe(paths)
                        : "plimsoll: no checks match --filter '" + filter + "' in " + ContractFiles.describe(paths));
        return ExitCode.NO_CONTRACTS.code;
    }

    int dockerUnavailable(Throwable cause) {
        err.println("plimsoll: " + Messages.firstLine(Messages.of(cause)));
        return ExitCode.DOCKER_UNAVAILABLE.code;
    }
}
