package dev.plimsoll.runner.shard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * How long each contract took in an earlier run, read from the JUnit XML that run wrote ({@code --junit-xml}
 * FILE or the files of {@code --reports-dir} DIR): a {@code <testsuite>} per contract, named by its path, with
 * its {@code time} in seconds. No separate timings format: the reports CI keeps anyway are the timings.
 */
public final class Timings {

    private final Map<String, Double> seconds;

    private Timings(Map<String, Double> seconds) {
        this.seconds = Map.copyOf(seconds);
    }

    public static Timings none() {
        return new Timings(Map.of());
    }

    public static Timings of(Map<String, Double> seconds) {
        return new Timings(seconds);
    }

    /**
     * Reads a JUnit XML file, or every {@code *.xml} in a directory. A suite named twice keeps its longest time.
     *
     * @throws TimingsException when a file is missing or is not JUnit XML, with the file (and line) in the message
     */
    public static Timings read(Path fileOrDirectory) {
        if (!Files.exists(fileOrDirectory)) {
            throw new TimingsException("no such timings file or directory: " + fileOrDirectory);
        }
        Map<String, Double> seconds = new HashMap<>();
        for (Path file : xmlFiles(fileOrDirectory)) {
            readFile(file, seconds);
        }
        return new Timings(seconds);
    }

    public boolean isEmpty() {
        return seconds.isEmpty();
    }

    /** The known seconds of each path; paths without a timing get the median of the known ones. */
    Map<String, Double> estimate(List<String> paths) {
        List<Double> known = new ArrayList<>(seconds.values());
        known.sort(Double::compare);
        double median = known.isEmpty() ? 1.0 : known.get(known.size() / 2);
        Map<String, Double> estimate = new HashMap<>();
        paths.forEach(path -> estimate.put(path, seconds.getOrDefault(path, median)));
        return estimate;
    }

    private static List<Path> xmlFiles(Path fileOrDirectory) {
        if (!Files.isDirectory(fileOrDirectory)) {
            return List.of(fileOrDirectory);
        }
        try (Stream<Path> files = Files.list(fileOrDirectory)) {
            return files.filter(file -> file.getFileName()
                            .toString()
                            .toLowerCase(Locale.ROOT)
                            .endsWith(".xml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new TimingsException("cannot read timings directory " + fileOrDirectory + ": " + e.getMessage());
        }
    }

    private static void readFile(Path file, Map<String, Double> seconds) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            boolean anySuite = false;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && "testsuite".equals(xml.getLocalName())) {
                    anySuite = true;
                    suite(file, xml, seconds);
                }
            }
            if (!anySuite) {
                throw new TimingsException(file + ": no <testsuite> in it; give the JUnit XML of an earlier run");
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null
                    ? ""
                    : ":" + e.getLocation().getLineNumber() + ":"
                            + e.getLocation().getColumnNumber();
            throw new TimingsException(file + where + ": not JUnit XML (" + firstLine(e.getMessage()) + ")");
        } catch (IOException e) {
            throw new TimingsException("cannot read timings file " + file + ": " + e.getMessage());
        }
    }

    private static void suite(Path file, XMLStreamReader xml, Map<String, Double> seconds) {
        String name = xml.getAttributeValue(null, "name");
        String time = xml.getAttributeValue(null, "time");
        if (name == null || time == null) {
            return;
        }
        try {
            double value = Double.parseDouble(time);
            if (value >= 0 && !Double.isInfinite(value)) {
                seconds.merge(name, value, Math::max);
            }
        } catch (NumberFormatException e) {
            throw new TimingsException(file + ":" + xml.getLocation().getLineNumber() + ": testsuite '" + name
                    + "' has time '" + time + "', not a number of seconds");
        }
    }

    private static String firstLine(@Nullable String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
