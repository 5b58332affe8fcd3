package dev.plimsoll.runner.report;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.TestIdentifier;

/** The closing lines of a run: counts, time, and each failure with its message and {@code file:line}. */
public record Summary(Style style, Locations locations) {

    public void print(PrintWriter out, Results results, Duration elapsed) {
        Tally tally = results.tally();
        int contracts = results.contracts().size();
        out.println();
        out.println(plural(tally.total(), "check") + " in " + plural(contracts, "contract") + ": " + counts(tally)
                + " (" + ConsoleReporter.format(elapsed) + ")");
        List<SocketNotes> sockets = SocketNotes.of(results);
        if (!sockets.isEmpty()) out.println();
        sockets.forEach(note -> out.println(note.line(results, locations)));
        List<TestIdentifier> failures = results.failures();
        if (failures.isEmpty()) {
            out.flush();
            return;
        }
        out.println();
        out.println(style.bold("Failures:"));
        for (TestIdentifier failure : failures) {
            Outcome.Failed outcome = (Outcome.Failed) results.outcome(failure);
            out.println("  " + style.red(ConsoleReporter.FAILED) + " " + name(results, failure));
            locations.fileLine(failure).ifPresent(place -> out.println("    at " + place));
            Messages.of(outcome.cause()).lines().forEach(line -> out.println("    " + line));
        }
        out.flush();
    }

    /** What was running when {@code signal} came, each with how long it had run. */
    public void printInterrupted(PrintWriter out, Results results, String signal, Instant at) {
        List<TestIdentifier> running = results.interrupted();
        out.println();
        out.println(style.bold(
                running.isEmpty() ? "Interrupted by " + signal + "." : "Interrupted by " + signal + " while running:"));
        for (TestIdentifier identifier : running) {
            out.println("  " + style.yellow("◼") + " " + name(results, identifier) + " (for "
                    + ConsoleReporter.format(results.runningFor(identifier, at)) + ")");
        }
        out.flush();
    }

    private String counts(Tally tally) {
        List<String> parts = new ArrayList<>();
        parts.add(style.green(tally.passed() + " passed"));
        String failed = tally.failed() + " failed";
        parts.add(tally.failed() > 0 ? style.red(failed) : failed);
        if (tally.couldNotRun() > 0) parts.add(style.red(tally.couldNotRun() + " could not run"));
        if (tally.interrupted() > 0) parts.add(style.red(tally.interrupted() + " interrupted"));
        if (tally.skipped() > 0) parts.add(style.yellow(tally.skipped() + " skipped"));
        if (tally.aborted() > 0) parts.add(style.yellow(tally.aborted() + " aborted"));
        return String.join(", ", parts);
    }

    private String name(Results results, TestIdentifier identifier) {
        List<String> names = new ArrayList<>();
        results.contractOf(identifier).ifPresent(contract -> names.add(locations.file(contract)));
        results.scenarios(identifier).forEach(scenario -> names.add(scenario.getDisplayName()));
        boolean isContract =
                results.contractOf(identifier).filter(identifier::equals).isPresent();
        if (!isContract) names.add(identifier.getDisplayName());
        return String.join(ConsoleReporter.SEPARATOR, names);
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
