package dev.plimsoll.runner.report;

import dev.plimsoll.engine.Secrets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.platform.launcher.TestIdentifier;

/**
 * JUnit XML as CI servers read it: a {@code <testsuite>} per contract file, a {@code <testcase>} per check
 * (classname {@code file › scenario}, name = the check as written), failures with message and detail,
 * and the container log tail (report entries with key {@code log}) in {@code <system-out>}. {@code properties}
 * (by contract unique id) become the contract's {@code <properties>}: what {@code run --promote} pushed; so does
 * what the engine says of a scenario with {@code mount docker socket} ({@code docker socket › scenario}).
 */
public record JunitXmlReport(
        Results results,
        Locations locations,
        Secrets secrets,
        Map<String, List<Map.Entry<String, String>>> properties) {

    public JunitXmlReport {
        properties = Map.copyOf(properties);
    }

    public JunitXmlReport(Results results, Locations locations, Secrets secrets) {
        this(results, locations, secrets, Map.of());
    }

    /** The report entry key under which the engine publishes a container's log tail. */
    public static final String LOG_KEY = "log";

    /** All contracts in one file, under a {@code <testsuites>} root. */
    public void writeAll(Path file) {
        write(file, xml -> {
            Tally tally = results.tally();
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "plimsoll");
            xml.writeAttribute("tests", Integer.toString(tally.total()));
            xml.writeAttribute("failures", Integer.toString(tally.failed()));
            xml.writeAttribute("errors", Integer.toString(tally.errors()));
            for (TestIdentifier contract : results.contracts()) {
                newline(xml, 1);
                suite(xml, contract, 1);
            }
            newline(xml, 0);
            xml.writeEndElement();
        });
    }

    /** One {@code TEST-<contract>.xml} per contract in the directory; returns the files written. */
    public List<Path> writeEach(Path directory) {
        List<Path> written = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        for (TestIdentifier contract : results.contracts()) {
            Path file = directory.resolve(uniqueName(contract, taken));
            write(file, xml -> suite(xml, contract, 0));
            written.add(file);
        }
        return written;
    }

    private String uniqueName(TestIdentifier contract, Set<String> taken) {
        String base = "TEST-"
                + locations.file(contract).replaceAll("\\.contract$", "").replaceAll("[/\\\\:]+", ".");
        String name = base + ".xml";
        for (int n = 2; !taken.add(name); n++) {
            name = base + "-" + n + ".xml";
        }
        return name;
    }

    private void suite(XMLStreamWriter xml, TestIdentifier contract, int depth) throws XMLStreamException {
        List<TestIdentifier> tests = results.tests(contract);
        Tally tally = new Tally();
        tests.forEach(test -> tally.add(results.outcome(test)));
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", text(locations.file(contract)));
        xml.writeAttribute("tests", Integer.toString(tally.total()));
        xml.writeAttribute("failures", Integer.toString(tally.failed()));
        xml.writeAttribute("errors", Integer.toString(tally.errors()));
        xml.writeAttribute("skipped", Integer.toString(tally.skipped() + tally.aborted()));
        xml.writeAttribute("time", seconds(results.duration(contract)));
        results.startTime(contract)
                .map(t -> t.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .ifPresent(t -> attribute(xml, "timestamp", t));
        List<Map.Entry<String, String>> own =
                new ArrayList<>(properties.getOrDefault(contract.getUniqueId(), List.of()));
        SocketNotes.of(results).stream()
                .filter(note -> results.contractOf(note.scenario())
                        .filter(contract::equals)
                        .isPresent())
                .forEach(note -> own.add(Map.entry(
                        SocketNotes.KEY + ConsoleReporter.SEPARATOR + note.scenarioName(results), note.text())));
        if (!own.isEmpty()) {
            newline(xml, depth + 1);
            xml.writeStartElement("properties");
            for (Map.Entry<String, String> property : own) {
                newline(xml, depth + 2);
                xml.writeEmptyElement("property");
                xml.writeAttribute("name", text(property.getKey()));
                xml.writeAttribute("value", text(property.getValue()));
            }
            newline(xml, depth + 1);
            xml.writeEndElement();
        }
        for (TestIdentifier test : tests) {
            newline(xml, depth + 1);
            testcase(xml, test, depth + 1);
        }
        newline(xml, depth);
        xml.writeEndElement();
    }

    private void testcase(XMLStreamWriter xml, TestIdentifier test, int depth) throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", text(test.getDisplayName()));
        xml.writeAttribute("classname", text(classname(test)));
        xml.writeAttribute("time", seconds(results.duration(test)));
        Outcome outcome = results.outcome(test);
        if (outcome instanceof Outcome.Failed failed) {
            newline(xml, depth + 1);
            problem(xml, failed);
        } else if (outcome instanceof Outcome.Skipped skipped) {
            newline(xml, depth + 1);
            skipped(xml, skipped.reason());
        } else if (outcome instanceof Outcome.Aborted aborted) {
            newline(xml, depth + 1);
            skipped(xml, "aborted: " + aborted.reason());
        }
        String log = log(test, outcome);
        if (!log.isEmpty()) {
            newline(xml, depth + 1);
            xml.writeStartElement("system-out");
            xml.writeCharacters(text(log));
            xml.writeEndElement();
        }
        newline(xml, depth);
        xml.writeEndElement();
    }

    private void problem(XMLStreamWriter xml, Outcome.Failed failed) throws XMLStreamException {
        Throwable cause = failed.cause();
        xml.writeStartElement(failed.isAssertion() ? "failure" : "error");
        xml.writeAttribute("message", text(Messages.firstLine(Messages.of(cause))));
        xml.writeAttribute("type", cause.getClass().getName());
        xml.writeCharacters(text(cause.getClass().getName() + ": " + Messages.of(cause)));
        xml.writeEndElement();
    }

    private void skipped(XMLStreamWriter xml, String reason) throws XMLStreamException {
        xml.writeEmptyElement("skipped");
        xml.writeAttribute("message", text(Messages.firstLine(reason)));
    }

    /** The check's own log tail; a failed check without one shows the log of its scenario. */
    private String log(TestIdentifier test, Outcome outcome) {
        String own = logOf(test);
        if (!own.isEmpty() || !(outcome instanceof Outcome.Failed)) {
            return own;
        }
        for (var at = results.parent(test); at.isPresent(); at = results.parent(at.get())) {
            String inherited = logOf(at.get());
            if (!inherited.isEmpty()) return inherited;
        }
        return "";
    }

    private String logOf(TestIdentifier identifier) {
        StringBuilder log = new StringBuilder();
        results.entries(identifier).stream()
                .map(entry -> entry.getKeyValuePairs().get(LOG_KEY))
                .filter(value -> value != null)
                .forEach(value -> log.append(value).append(value.endsWith("\n") ? "" : "\n"));
        return log.toString();
    }

    /** Every text of the report: secrets masked, then made safe for XML. */
    private String text(String value) {
        return XmlText.clean(secrets.mask(value));
    }

    private String classname(TestIdentifier test) {
        List<String> names = new ArrayList<>();
        results.contractOf(test).ifPresent(contract -> names.add(locations.file(contract)));
        results.scenarios(test).forEach(scenario -> names.add(scenario.getDisplayName()));
        return String.join(" › ", names);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f", duration.toMillis() / 1000.0);
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) {
        try {
            xml.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void write(Path file, Body body) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (OutputStream stream = Files.newOutputStream(file)) {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, "UTF-8");
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeCharacters("\n");
                body.write(xml);
                xml.writeEndDocument();
                xml.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("cannot write " + file + ": " + e.getMessage(), e));
        }
    }
}
