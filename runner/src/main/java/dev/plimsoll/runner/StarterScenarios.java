package dev.plimsoll.runner;

import dev.plimsoll.runner.docker.Startup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenarios {@code init} writes from one trial run of the image: how it starts (its first log line, or
 * its exit) and how it stops on its stop signal. A stop that did not happen is written commented out, so
 * the contract passes today and says what is missing.
 */
record StarterScenarios(Startup startup, List<String> exposedPorts) {

    /** The budget for the first log line: three times what it took, in whole tens of seconds, at least 30s. */
    static long startupBudgetSeconds(Duration took) {
        long tripled = (long) Math.ceil(took.toMillis() * 3 / 1000.0);
        return Math.max(30, (tripled + 9) / 10 * 10);
    }

    List<String> render() {
        List<String> lines = new ArrayList<>();
        start(lines);
        stop(lines);
        if (startup.ending() instanceof Startup.ExitedBySelf) return lines; // nothing listens on an exited container
        exposedPorts.stream().filter(port -> !port.endsWith("/udp")).forEach(port -> listens(lines, port));
        return lines;
    }

    private void start(List<String> lines) {
        lines.add("");
        if (startup.firstLine().isEmpty() && startup.ending() instanceof Startup.ExitedBySelf exited) {
            lines.add("scenario \"runs to completion\" {");
            lines.add("  expect exit " + exited.exitCode() + " within " + budget() + "s");
            lines.add("}");
            return;
        }
        if (startup.firstLine().isEmpty()) {
            lines.add("# It logged nothing in its first " + startup.waited().toSeconds() + "s when this was written.");
            lines.add("scenario \"starts and keeps running\" {");
        } else {
            lines.add("scenario \"starts and logs its first line\" {");
        }
        lines.add("  " + ready());
        if (startup.ending() instanceof Startup.ExitedBySelf exited) {
            lines.add("  expect exit " + exited.exitCode() + " within 10s");
        } else if (startup.firstLine().isPresent()) {
            lines.add("  expect running after 2s");
        }
        lines.add("}");
    }

    private void stop(List<String> lines) {
        if (startup.ending() instanceof Startup.ExitedBySelf exited) {
            lines.add("");
            lines.add("# No stop scenario: it exited by itself (code " + exited.exitCode()
                    + ") before it was sent a signal.");
            return;
        }
        if (startup.ending() instanceof Startup.StoppedOnSignal stopped) {
            lines.add("");
            stopScenario(stopped.signal(), stopped.exitCode()).forEach(lines::add);
            return;
        }
        if (startup.ending() instanceof Startup.KeptRunning kept) {
            lines.add("");
            lines.add("# It was still running 10s after " + kept.signal()
                    + " when this was written (Docker then kills it");
            lines.add("# with SIGKILL). Uncomment this once it stops on " + kept.signal() + ".");
            stopScenario(kept.signal(), 0).forEach(line -> lines.add("# " + line));
        }
    }

    private List<String> stopScenario(String signal, int exitCode) {
        return List.of(
                "scenario \"stops on " + signal + "\" {",
                "  " + ready(),
                "  signal " + signal,
                "  expect exit " + exitCode + " within 10s",
                "}");
    }

    /** The line that says the container is up: its first log line, else a moment of running. */
    private String ready() {
        return startup.firstLine()
                .map(line -> "wait for log " + FirstLinePattern.of(line) + " within " + budget() + "s")
                .orElse("expect running after 2s");
    }

    private long budget() {
        return startupBudgetSeconds(startup.waited());
    }

    private static void listens(List<String> lines, String port) {
        String number = port.replaceAll("/.*$", "");
        lines.add("");
        lines.add("scenario \"listens on port " + number + "\" {");
        lines.add("  publish " + number);
        lines.add("  expect port " + number + " open within 30s");
        lines.add("}");
    }
}
