package dev.plimsoll.runner.report;

import dev.plimsoll.engine.Secrets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code run --html-report DIR}: one page, {@code DIR/index.html}, that needs nothing but a browser (its CSS and
 * script are inline, it loads nothing): a timeline of the scenarios and their containers, then per contract and
 * scenario every step with its status, duration and message, and the log tails. Every text is masked and escaped;
 * the page is written through a {@link MaskingWriter} as well, like everything else the runner prints.
 */
public record HtmlReport(Results results, Locations locations, Supplier<Secrets> secrets) {

    public static final String FILE = "index.html";

    /** Writes {@code directory/index.html}, making the directory when needed; returns the file. */
    public Path write(Path directory) {
        Path file = directory.resolve(FILE);
        try {
            Files.createDirectories(directory);
            try (Writer out = new MaskingWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), secrets)) {
                out.write(render());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    String render() {
        Html html = new Html(secrets.get());
        List<Groups.ContractGroups> contracts = Groups.of(results);
        Tally tally = results.tally();
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>plimsoll: ")
                .append(html.text(counts(tally)))
                .append("</title>\n<style>\n")
                .append(resource("report.css"))
                .append("</style>\n</head>\n<body>\n<header>\n<h1>plimsoll</h1>\n<p class=\"counts ")
                .append(tally.failed() + tally.errors() > 0 ? "failed" : "passed")
                .append("\">")
                .append(html.text(Summary.plural(tally.total(), "check") + " in "
                        + Summary.plural(contracts.size(), "contract") + ": " + counts(tally)))
                .append("</p>\n<p class=\"when\">")
                .append(html.text("written "
                        + LocalDateTime.now()
                                .truncatedTo(ChronoUnit.SECONDS)
                                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)))
                .append("</p>\n<nav id=\"filters\"></nav>\n</header>\n<main>\n");
        page.append(new HtmlTimeline(results, html).render(contracts));
        page.append("<section id=\"results\">\n<h2>Results</h2>\n")
                .append(new HtmlSteps(results, locations, html).render(contracts))
                .append("</section>\n</main>\n<script>\n")
                .append(resource("report.js"))
                .append("</script>\n</body>\n</html>\n");
        return page.toString();
    }

    private static String counts(Tally tally) {
        List<String> parts = new ArrayList<>();
        parts.add(tally.passed() + " passed");
        parts.add(tally.failed() + " failed");
        if (tally.couldNotRun() > 0) parts.add(tally.couldNotRun() + " could not run");
        if (tally.interrupted() > 0) parts.add(tally.interrupted() + " interrupted");
        if (tally.skipped() + tally.aborted() > 0) parts.add(tally.skipped() + tally.aborted() + " skipped");
        return String.join(", ", parts);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
