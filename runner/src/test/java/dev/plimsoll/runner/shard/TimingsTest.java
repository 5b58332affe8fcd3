package dev.plimsoll.runner.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimingsTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSuiteTimesOfAJunitXmlFile() throws Exception {
        Path xml = Files.writeString(
                dir.resolve("all.xml"),
                "<testsuites name=\"plimsoll\">\n"
                        + "  <testsuite name=\"a.contract\" tests=\"1\" time=\"3.250\"><testcase name=\"x\" time=\"1\"/>"
                        + "</testsuite>\n"
                        + "  <testsuite name=\"b.contract\" tests=\"1\" time=\"0.500\"/>\n"
                        + "</testsuites>\n");

        Timings timings = Timings.read(xml);

        assertThat(timings.estimate(List.of("a.contract", "b.contract", "c.contract")))
                .containsEntry("a.contract", 3.25)
                .containsEntry("b.contract", 0.5)
                .containsEntry("c.contract", 3.25);
    }

    @Test
    void readsEveryXmlFileOfAReportsDirectory() throws Exception {
        Files.writeString(dir.resolve("TEST-a.xml"), "<testsuite name=\"a.contract\" time=\"2\"/>");
        Files.writeString(dir.resolve("TEST-b.xml"), "<testsuite name=\"b.contract\" time=\"4\"/>");
        Files.writeString(dir.resolve("notes.txt"), "not xml");

        assertThat(Timings.read(dir).estimate(List.of("a.contract", "b.contract")))
                .containsEntry("a.contract", 2.0)
                .containsEntry("b.contract", 4.0);
    }

    @Test
    void aMissingFileIsAnErrorNotASilentlyDifferentSplit() {
        assertThatThrownBy(() -> Timings.read(dir.resolve("nope.xml")))
                .isInstanceOf(TimingsException.class)
                .hasMessage("no such timings file or directory: " + dir.resolve("nope.xml"));
    }

    @Test
    void brokenXmlNamesTheFileAndLine() throws Exception {
        Path xml = Files.writeString(dir.resolve("bad.xml"), "<testsuites>\n<testsuite name=\"a\"\n");

        assertThatThrownBy(() -> Timings.read(xml))
                .isInstanceOf(TimingsException.class)
                .hasMessageStartingWith(xml + ":3:")
                .hasMessageContaining("not JUnit XML");
    }

    @Test
    void xmlWithoutSuitesIsNotTimings() throws Exception {
        Path xml = Files.writeString(dir.resolve("pom.xml"), "<project/>");

        assertThatThrownBy(() -> Timings.read(xml))
                .isInstanceOf(TimingsException.class)
                .hasMessage(xml + ": no <testsuite> in it; give the JUnit XML of an earlier run");
    }

    @Test
    void aTimeThatIsNotANumberIsNamed() throws Exception {
        Path xml = Files.writeString(dir.resolve("t.xml"), "<testsuite name=\"a.contract\" time=\"soon\"/>");

        assertThatThrownBy(() -> Timings.read(xml))
                .isInstanceOf(TimingsException.class)
                .hasMessage(xml + ":1: testsuite 'a.contract' has time 'soon', not a number of seconds");
    }
}
