package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the engine says of a scenario with {@code mount docker socket} reaches every report, masked. */
class DockerSocketReportingTest {

    @TempDir
    Path dir;

    private Cli driver() {
        Cli cli = new Cli(dir);
        cli.contract(
                "driver.contract",
                "scenario starts workers",
                "  pass expect http POST \"/create\"",
                "  entry docker socket :: mounted at /var/run/docker.sock; containers started through it: 0123456789ab",
                "scenario without the socket",
                "  pass expect running");
        return cli;
    }

    @Test
    void theSummarySaysWhichScenarioHadTheSocketAndWhatItStarted() {
        Cli.Result result = driver().run("run");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("2 checks in 1 contract: 2 passed, 0 failed (")
                .contains("\n\ndocker socket: driver.contract › starts workers: mounted at /var/run/docker.sock;"
                        + " containers started through it: 0123456789ab\n")
                .doesNotContain("without the socket:");
    }

    @Test
    void theJunitXmlHasItAsAPropertyOfTheContractAndStaysValid() throws Exception {
        Path xml = dir.resolve("junit.xml");

        driver().run("run", "--junit-xml", xml.toString());

        assertThatCode(() -> SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                        .newSchema(DockerSocketReportingTest.class.getResource("/junit-10.xsd"))
                        .newValidator()
                        .validate(new StreamSource(xml.toFile())))
                .doesNotThrowAnyException();
        assertThat(Files.readString(xml))
                .contains("<property name=\"docker socket › starts workers\" value=\"mounted at"
                        + " /var/run/docker.sock; containers started through it: 0123456789ab\"/>");
    }

    @Test
    void theHtmlReportShowsItInItsScenario() throws Exception {
        driver().run("run", "--html-report", dir.resolve("report").toString());

        assertThat(Files.readString(dir.resolve("report/index.html")))
                .contains("<h3><span class=\"mark\">✓</span> starts workers <small>")
                .contains("<p class=\"socket\"><b>Docker socket</b> mounted at /var/run/docker.sock; containers"
                        + " started through it: 0123456789ab</p>");
    }

    @Test
    void aSecretInItIsMasked() {
        Cli.Result result = driver().run("run", "--secret", "ID", "--set", "ID=0123456789ab");

        assertThat(result.out()).contains("containers started through it: ***").doesNotContain("0123456789ab");
    }
}
