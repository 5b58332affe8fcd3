package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code specs/docker-driver} asks for the Docker socket and its subject starts a worker through it: the console
 * summary, the JUnit XML and the HTML report each say that the socket was mounted and which container came of it.
 */
class DockerSocketReportIT {

    private static final Path SPEC = Path.of("../specs/docker-driver/docker-driver.contract");
    private static final String NOTE =
            "mounted at /var/run/docker.sock; containers created through it (removed with" + " the scenario): ";

    @TempDir
    Path dir;

    @Test
    void everyReportNamesTheSocketAndTheContainerTheSubjectStartedThroughIt() throws Exception {
        Path jar = PlimsollProcess.jar().orElseThrow(() -> new AssertionError("the shaded jar, built in package"));
        PlimsollProcess run = PlimsollProcess.start(
                jar,
                dir,
                "driver",
                "run",
                "--no-color",
                "--junit-xml",
                "junit.xml",
                "--html-report",
                "report",
                SPEC.toAbsolutePath().normalize().toString());
        run.awaitExit(Duration.ofMinutes(4), System.nanoTime());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        String id = "[0-9a-f]{12}";
        assertThat(run.out())
                .containsPattern("\ndocker socket: \\S*docker-driver.contract › starts a worker through the Docker"
                        + " socket: " + quoted(NOTE) + id + "\n");
        Path xml = dir.resolve("junit.xml");
        assertThatCode(() -> SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                        .newSchema(DockerSocketReportIT.class.getResource("/junit-10.xsd"))
                        .newValidator()
                        .validate(new StreamSource(xml.toFile())))
                .doesNotThrowAnyException();
        assertThat(Files.readString(xml, StandardCharsets.UTF_8))
                .containsPattern("<property name=\"docker socket › starts a worker through the Docker socket\" value=\""
                        + quoted(NOTE) + id + "\"/>");
        String page = Files.readString(dir.resolve("report/index.html"), StandardCharsets.UTF_8);
        assertThat(page)
                .containsPattern("<p class=\"socket\"><b>Docker socket</b> " + quoted(NOTE) + id + "</p>")
                .contains("<div class=\"row lane\"><span class=\"label\"", ">subject</span>")
                .contains("<div class=\"row lane\"><span class=\"label\"", ">run 1</span>");
    }

    private static String quoted(String text) {
        return java.util.regex.Pattern.quote(text);
    }
}
