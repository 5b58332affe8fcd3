package dev.plimsoll.runner.report;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Progress while contracts run. With {@link Style#ANSI} it prints a coloured header per contract and
 * results under it; with {@link Style#PLAIN} every line stands on its own (the contract is repeated), which
 * keeps CI logs readable when contracts run in parallel. Register it after {@link Results}, whose
 * durations it shows.
 */
public final class ConsoleReporter implements TestExecutionListener {

    static final String PASSED = "✓";
    static final String FAILED = "✗";
    static final String SKIPPED = "↷";
    static final String SEPARATOR = " › ";

    private final PrintWriter out;
    private final Style style;
    private final Locations locations;
    private final Results results;
    private @Nullable TestPlan plan;
    private boolean silent;

    public ConsoleReporter(PrintWriter out, Style style, Locations locations, Results results) {
        this.out = out;
        this.style = style;
        this.locations = locations;
        this.results = results;
    }

    /** After a signal: what the engine still reports would only be noise between the interruption's lines. */
    public synchronized void silence() {
        silent = true;
    }

    @Override
    public synchronized void testPlanExecutionStarted(TestPlan plan) {
        this.plan = plan;
    }

    @Override
    public synchronized void executionStarted(TestIdentifier identifier) {
        if (!silent && style == Style.ANSI && isContract(identifier)) {
            out.println(style.bold("▸ " + locations.file(identifier)));
            out.flush();
        }
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier identifier, String reason) {
        print(style.yellow(SKIPPED), identifier, "skipped: " + reason);
    }

    @Override
    public synchronized void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        String took = format(results.duration(identifier));
        switch (result.getStatus()) {
            case SUCCESSFUL -> {
                if (identifier.isTest()) print(style.green(PASSED), identifier, took);
            }
            case ABORTED -> print(style.yellow(SKIPPED), identifier, "aborted: " + reason(result));
            case FAILED -> print(style.red(FAILED), identifier, took);
        }
    }

    private void print(String mark, TestIdentifier identifier, String detail) {
        if (silent) return;
        if (identifier.getParentId().isEmpty()
                && !plan().getChildren(identifier).isEmpty()) {
            return; // a failed engine root shows in the summary, its contracts speak for themselves
        }
        if (style == Style.ANSI) {
            out.println("  " + mark + " " + String.join(SEPARATOR, path(identifier, false)) + "  " + style.dim(detail));
        } else {
            out.println(mark + " " + String.join(SEPARATOR, path(identifier, true)) + " (" + detail + ")");
        }
        out.flush();
    }

    /** Names from the contract (shown as its file) down to this identifier. */
    private List<String> path(TestIdentifier identifier, boolean withContract) {
        List<String> names = new ArrayList<>();
        for (Optional<TestIdentifier> at = Optional.of(identifier); at.isPresent(); at = plan().getParent(at.get())) {
            if (isContract(at.get())) {
                if (withContract || names.isEmpty()) names.add(0, locations.file(at.get()));
                return names;
            }
            names.add(0, at.get().getDisplayName());
        }
        return names;
    }

    private boolean isContract(TestIdentifier identifier) {
        return plan().getParent(identifier).map(p -> p.getParentId().isEmpty()).orElse(false);
    }

    /** The platform starts the plan before it reports anything else. */
    private TestPlan plan() {
        if (plan == null) {
            throw new IllegalStateException("the test plan has not started");
        }
        return plan;
    }

    private static String reason(TestExecutionResult result) {
        return result.getThrowable().map(Messages::of).map(Messages::firstLine).orElse("aborted");
    }

    static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
