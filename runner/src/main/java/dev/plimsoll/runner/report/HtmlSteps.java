package dev.plimsoll.runner.report;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.platform.launcher.TestIdentifier;

/**
 * The report's body: per contract, per scenario, every step with its status, duration and message (the failure's
 * whole text, or why it was skipped), the containers' log tails, and what the engine said of the scenario's
 * containers and of its Docker socket.
 */
final class HtmlSteps {

    private final Results results;
    private final Locations locations;
    private final Html html;
    private final List<SocketNotes> sockets;
    private final StringBuilder page = new StringBuilder();

    HtmlSteps(Results results, Locations locations, Html html) {
        this.results = results;
        this.locations = locations;
        this.html = html;
        this.sockets = SocketNotes.of(results);
    }

    String render(List<Groups.ContractGroups> contracts) {
        for (Groups.ContractGroups contract : contracts) {
            contract(contract);
        }
        return page.toString();
    }

    /** Failed when the owner or any step failed, else passed when any step passed, else skipped. */
    static String groupStatus(Results results, Groups.Group group) {
        boolean failed = results.outcome(group.owner()) instanceof Outcome.Failed
                || group.steps().stream().anyMatch(step -> results.outcome(step) instanceof Outcome.Failed);
        if (failed) return "failed";
        boolean passed = group.steps().stream().anyMatch(step -> results.outcome(step) instanceof Outcome.Passed);
        return passed ? "passed" : "skipped";
    }

    private void contract(Groups.ContractGroups contract) {
        Tally tally = new Tally();
        contract.groups().forEach(group -> group.steps().forEach(step -> tally.add(results.outcome(step))));
        String status = tally.failed() + tally.errors() > 0 ? "failed" : tally.passed() > 0 ? "passed" : "skipped";
        page.append("<section class=\"contract ").append(status).append("\">\n");
        page.append("<h2><span class=\"mark\">")
                .append(status.equals("failed") ? ConsoleReporter.FAILED : ConsoleReporter.PASSED)
                .append("</span> ")
                .append(html.text(locations.file(contract.contract())))
                .append(" <small>")
                .append(html.text(Summary.plural(tally.total(), "check") + ": " + tally.passed() + " passed, "
                        + (tally.failed() + tally.errors()) + " failed, " + (tally.skipped() + tally.aborted())
                        + " skipped"))
                .append("</small></h2>\n");
        own(contract.contract(), "contract");
        contract.groups().forEach(this::group);
        page.append("</section>\n");
    }

    private void group(Groups.Group group) {
        String status = groupStatus(results, group);
        page.append("<article class=\"group ")
                .append(status)
                .append("\" id=\"")
                .append(group.anchor())
                .append("\">\n<h3><span class=\"mark\">")
                .append(status.equals("failed") ? ConsoleReporter.FAILED : ConsoleReporter.PASSED)
                .append("</span> ")
                .append(html.text(group.title()))
                .append(" <small>")
                .append(html.text(ConsoleReporter.format(duration(group))))
                .append("</small></h3>\n");
        if (!isContract(group.owner())) {
            own(group.owner(), "scenario");
        }
        sockets.stream().filter(note -> note.scenario().equals(group.owner())).forEach(note -> page.append(
                        "<p class=\"socket\"><b>Docker socket</b> ")
                .append(html.text(note.text()))
                .append("</p>\n"));
        containers(group);
        page.append("<table class=\"steps\">\n<thead><tr><th></th><th>step</th><th>time</th><th>result</th></tr>"
                + "</thead>\n<tbody>\n");
        group.steps().forEach(this::step);
        page.append("</tbody>\n</table>\n</article>\n");
    }

    /** A scenario's own time; checks outside scenarios add up their own. */
    private Duration duration(Groups.Group group) {
        if (!isContract(group.owner())) return results.duration(group.owner());
        return group.steps().stream().map(results::duration).reduce(Duration.ZERO, Duration::plus);
    }

    private boolean isContract(TestIdentifier identifier) {
        return results.contractOf(identifier).filter(identifier::equals).isPresent();
    }

    /** What failed on the level of a contract or scenario (its setup), with its log. */
    private void own(TestIdentifier identifier, String what) {
        if (results.failures().contains(identifier)) {
            Groups.message(results.outcome(identifier)).ifPresent(message -> page.append("<pre class=\"message ")
                    .append(what)
                    .append("\">")
                    .append(html.text(message))
                    .append("</pre>\n"));
        }
        log(identifier, "log of the " + what);
    }

    private void containers(Groups.Group group) {
        List<Lanes.Lane> lanes = Lanes.of(results, group.owner());
        if (lanes.isEmpty()) return;
        var start =
                lanes.stream().map(Lanes.Lane::first).min(Comparable::compareTo).orElseThrow();
        page.append("<ul class=\"containers\">\n");
        for (Lanes.Lane lane : lanes) {
            page.append("<li><b>")
                    .append(html.text(lane.container()))
                    .append("</b> <code>")
                    .append(html.text(lane.id()))
                    .append("</code>");
            for (Lanes.Moment moment : lane.moments()) {
                page.append(" · ")
                        .append(html.text(
                                moment.event() + " +" + ConsoleReporter.format(Duration.between(start, moment.at()))));
            }
            page.append("</li>\n");
        }
        page.append("</ul>\n");
    }

    private void step(TestIdentifier step) {
        Outcome outcome = results.outcome(step);
        String status = Groups.status(outcome);
        page.append("<tr class=\"step ").append(status).append("\"><td class=\"mark\" title=\"");
        page.append(status).append("\">").append(Groups.mark(outcome)).append("</td><td class=\"name\">");
        page.append(html.text(step.getDisplayName()));
        locations.fileLine(step).ifPresent(at -> page.append("<div class=\"where\">")
                .append(html.text(at))
                .append("</div>"));
        page.append("</td><td class=\"time\">");
        if (results.startTime(step).isPresent()) {
            page.append(html.text(ConsoleReporter.format(results.duration(step))));
        }
        page.append("</td><td class=\"result\"><span class=\"status\">")
                .append(status)
                .append("</span>");
        Groups.message(outcome).ifPresent(message -> page.append("<pre class=\"message\">")
                .append(html.text(message))
                .append("</pre>"));
        log(step, "log");
        page.append("</td></tr>\n");
    }

    private void log(TestIdentifier identifier, String summary) {
        Optional<String> log = logOf(identifier);
        if (log.isEmpty()) return;
        long lines = log.get().lines().count();
        page.append("<details class=\"log\"><summary>")
                .append(html.text(summary + " (" + (lines == 1 ? "1 line" : lines + " lines") + ")"))
                .append("</summary><pre>")
                .append(html.text(log.get()))
                .append("</pre></details>");
        if (!summary.equals("log")) page.append("\n");
    }

    private Optional<String> logOf(TestIdentifier identifier) {
        StringBuilder log = new StringBuilder();
        results.entries(identifier).stream()
                .map(entry -> entry.getKeyValuePairs().get(JunitXmlReport.LOG_KEY))
                .filter(value -> value != null)
                .forEach(value -> log.append(value).append(value.endsWith("\n") ? "" : "\n"));
        return log.length() == 0 ? Optional.empty() : Optional.of(log.toString());
    }
}
