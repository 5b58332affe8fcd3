package dev.plimsoll.runner.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report's timeline, drawn with CSS from the run's timestamps: a row per scenario (its steps as segments
 * coloured by outcome) and under it a row per container, from created to removing, with its moments marked. Rows
 * that overlap in time ran in parallel; a long segment is a slow step.
 */
final class HtmlTimeline {

    private static final double[] TICKS = {0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600};

    private final Results results;
    private final Html html;
    private final StringBuilder page = new StringBuilder();
    private LocalDateTime origin = LocalDateTime.MIN;
    private long total = 1;

    HtmlTimeline(Results results, Html html) {
        this.results = results;
        this.html = html;
    }

    /** A row to draw: a scenario with its containers, or nothing when it never ran. */
    private record Row(Groups.Group group, Lanes.Span span, List<Lanes.Lane> lanes) {}

    String render(List<Groups.ContractGroups> contracts) {
        List<Row> rows = new ArrayList<>();
        for (Groups.ContractGroups contract : contracts) {
            for (Groups.Group group : contract.groups()) {
                List<Lanes.Lane> lanes = Lanes.of(results, group.owner());
                boolean ownSpan = !group.owner().equals(contract.contract());
                Lanes.span(results, group, lanes, ownSpan).ifPresent(span -> rows.add(new Row(group, span, lanes)));
            }
        }
        page.append("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
        Optional<Lanes.Span> whole = rows.stream().map(Row::span).reduce(Lanes.Span::union);
        if (whole.isEmpty()) {
            return page.append("<p class=\"empty\">nothing ran</p>\n</section>\n")
                    .toString();
        }
        origin = whole.get().start();
        total = Math.max(1, Duration.between(origin, whole.get().end()).toMillis());
        axis();
        for (Row row : rows) {
            scenario(row);
            row.lanes().forEach(this::lane);
        }
        page.append("<p class=\"legend\">steps: <i class=\"step passed\"></i>passed <i class=\"step failed\"></i>failed"
                + " <i class=\"step skipped\"></i>skipped; containers: <i class=\"moment created\"></i>created"
                + " <i class=\"moment started\"></i>started <i class=\"moment ready\"></i>ready"
                + " <i class=\"moment not-ready\"></i>not ready <i class=\"moment removing\"></i>removing</p>\n");
        return page.append("</section>\n").toString();
    }

    private void axis() {
        double seconds = total / 1000.0;
        double step = TICKS[TICKS.length - 1];
        for (double tick : TICKS) {
            if (seconds / tick <= 10) {
                step = tick;
                break;
            }
        }
        page.append("<div class=\"row axis\"><span class=\"label\"></span><div class=\"track\">");
        // no label so near the right edge that it would run out of the track
        for (int i = 0; i * step <= seconds * 0.97; i++) {
            double at = i * step;
            page.append("<span class=\"tick\" style=\"left:")
                    .append(percent(Math.round(at * 1000)))
                    .append("%\">")
                    .append(html.text(tickLabel(at, step)))
                    .append("</span>");
        }
        page.append("</div></div>\n");
    }

    private void scenario(Row row) {
        Groups.Group group = row.group();
        String status = HtmlSteps.groupStatus(results, group);
        page.append("<div class=\"row scenario ").append(status).append("\">");
        page.append("<a class=\"label\" href=\"#")
                .append(group.anchor())
                .append("\" title=\"")
                .append(html.text(group.title()))
                .append("\">")
                .append(html.text(group.title()))
                .append("</a><div class=\"track\">");
        bar("bar " + status, row.span(), group.title() + " (" + ConsoleReporter.format(length(row.span())) + ")");
        for (var step : group.steps()) {
            Lanes.Span.of(results, step)
                    .ifPresent(span -> bar(
                            "step " + Groups.status(results.outcome(step)),
                            span,
                            step.getDisplayName() + " (" + ConsoleReporter.format(length(span)) + ")"));
        }
        page.append("</div></div>\n");
    }

    private void lane(Lanes.Lane lane) {
        page.append("<div class=\"row lane\"><span class=\"label\" title=\"")
                .append(html.text(lane.container() + " " + lane.id()))
                .append("\">")
                .append(html.text(lane.container()))
                .append("</span><div class=\"track\">");
        bar("life", new Lanes.Span(lane.first(), lane.last()), lane.container() + " " + lane.id());
        for (Lanes.Moment moment : lane.moments()) {
            page.append("<i class=\"moment ")
                    .append(moment.event().replaceAll("[^a-z]", "-"))
                    .append("\" style=\"left:")
                    .append(percent(offset(moment.at())))
                    .append("%\" title=\"")
                    .append(html.text(lane.container() + " " + moment.event() + " at +"
                            + ConsoleReporter.format(Duration.ofMillis(offset(moment.at())))))
                    .append("\"></i>");
        }
        page.append("</div></div>\n");
    }

    private void bar(String classes, Lanes.Span span, String title) {
        long start = offset(span.start());
        long width = Math.max(0, offset(span.end()) - start);
        page.append("<div class=\"")
                .append(classes)
                .append("\" style=\"left:")
                .append(percent(start))
                .append("%;width:")
                .append(percent(width))
                .append("%\" title=\"")
                .append(html.text(title))
                .append("\"></div>");
    }

    private long offset(LocalDateTime at) {
        return Duration.between(origin, at).toMillis();
    }

    private String percent(long millis) {
        return String.format(Locale.ROOT, "%.3f", 100.0 * millis / total);
    }

    private static Duration length(Lanes.Span span) {
        return Duration.between(span.start(), span.end());
    }

    private static String tickLabel(double at, double step) {
        return step < 1 ? String.format(Locale.ROOT, "%.1f s", at) : String.format(Locale.ROOT, "%.0f s", at);
    }
}
