package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class JunitXmlReportTest {

    @TempDir
    Path dir;

    private Cli contracts() {
        Cli cli = new Cli(dir);
        cli.contract(
                "specs/greeter/greeter.contract",
                "pass image has user \"app\"",
                "scenario stops cleanly on SIGTERM",
                "  fail expect exit 0 within 5s :: container still running after 5s\\nexpected: exited",
                "  log greeter listening on port 8080\\n\\e[32mgreen\\e[0m",
                "  skip expect stdout contains \"bye\" :: an earlier check failed",
                "  abort expect healthy :: the image has no HEALTHCHECK",
                "scenario-fail starts fast :: no log line matching /listening/ within 2s",
                "  log starting...",
                "  pass expect port 80 open");
        cli.contract("specs/redis/redis.contract", "error expect port 6379 open :: docker said no");
        return cli;
    }

    @Test
    void oneFileHoldsASuitePerContractAndMatchesTheSchema() throws Exception {
        Path xml = dir.resolve("out/junit.xml");

        Cli.Result result = contracts().run("run", "--junit-xml", xml.toString(), "specs");

        assertThat(result.exitCode()).isEqualTo(1);
        assertValid(xml);
        Document doc = parse(xml);
        assertThat(xpath(doc, "count(/testsuites/testsuite)")).isEqualTo("2");
        assertThat(xpath(doc, "/testsuites/@tests")).isEqualTo("6");
        assertThat(xpath(doc, "/testsuites/@failures")).isEqualTo("2");
        assertThat(xpath(doc, "/testsuites/@errors")).isEqualTo("1");
        assertThat(xpath(doc, "/testsuites/testsuite[1]/@name")).isEqualTo("specs/greeter/greeter.contract");
        assertThat(xpath(doc, "/testsuites/testsuite[1]/@tests")).isEqualTo("5");
        assertThat(xpath(doc, "/testsuites/testsuite[1]/@failures")).isEqualTo("2");
        assertThat(xpath(doc, "/testsuites/testsuite[1]/@skipped")).isEqualTo("2");
        assertThat(xpath(doc, "/testsuites/testsuite[1]/@errors")).isEqualTo("0");
    }

    @Test
    void testcasesCarryClassnameFailureSkipAndLog() throws Exception {
        Path xml = dir.resolve("junit.xml");

        contracts().run("run", "--junit-xml", xml.toString());

        Document doc = parse(xml);
        String exit = "//testcase[@name='expect exit 0 within 5s']";
        assertThat(xpath(doc, exit + "/@classname"))
                .isEqualTo("specs/greeter/greeter.contract › stops cleanly on SIGTERM");
        assertThat(xpath(doc, exit + "/failure/@message")).isEqualTo("container still running after 5s");
        assertThat(xpath(doc, exit + "/failure/@type")).isEqualTo("org.opentest4j.AssertionFailedError");
        assertThat(xpath(doc, exit + "/failure"))
                .isEqualTo("org.opentest4j.AssertionFailedError: container still running after 5s\nexpected: exited");
        assertThat(xpath(doc, exit + "/system-out"))
                .isEqualTo("greeter listening on port 8080\n\\u001b[32mgreen\\u001b[0m\n");
        assertThat(xpath(doc, "//testcase[@name='image has user \"app\"']/@classname"))
                .isEqualTo("specs/greeter/greeter.contract");
        assertThat(xpath(doc, "//testcase[@name='expect stdout contains \"bye\"']/skipped/@message"))
                .isEqualTo("an earlier check failed");
        assertThat(xpath(doc, "//testcase[@name='expect healthy']/skipped/@message"))
                .isEqualTo("aborted: the image has no HEALTHCHECK");
        assertThat(xpath(doc, "//testcase[@name='expect port 6379 open']/error/@type"))
                .isEqualTo("java.lang.IllegalStateException");
    }

    @Test
    void checksOfAFailedScenarioFailWithItsMessageAndLog() throws Exception {
        Path xml = dir.resolve("junit.xml");

        contracts().run("run", "--junit-xml", xml.toString());

        Document doc = parse(xml);
        String port = "//testcase[@name='expect port 80 open']";
        assertThat(xpath(doc, port + "/failure/@message")).isEqualTo("no log line matching /listening/ within 2s");
        assertThat(xpath(doc, port + "/system-out")).isEqualTo("starting...\n");
    }

    @Test
    void reportsDirGetsOneValidFilePerContract() throws Exception {
        Path reports = dir.resolve("reports");

        contracts().run("run", "--reports-dir", reports.toString());

        try (Stream<Path> files = Files.list(reports)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("TEST-specs.greeter.greeter.xml", "TEST-specs.redis.redis.xml");
        }
        Path greeter = reports.resolve("TEST-specs.greeter.greeter.xml");
        assertValid(greeter);
        assertValid(reports.resolve("TEST-specs.redis.redis.xml"));
        assertThat(xpath(parse(greeter), "/testsuite/@name")).isEqualTo("specs/greeter/greeter.contract");
        assertThat(xpath(parse(greeter), "/testsuite/@timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void unwritableReportIsAOneLineError() throws Exception {
        Files.writeString(dir.resolve("taken"), "a file, not a directory");

        Cli.Result result =
                contracts().run("run", "--reports-dir", dir.resolve("taken").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("plimsoll: cannot write ").doesNotContain("\tat ");
    }

    private static void assertValid(Path xml) {
        assertThatCode(() -> SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                        .newSchema(JunitXmlReportTest.class.getResource("/junit-10.xsd"))
                        .newValidator()
                        .validate(new StreamSource(xml.toFile())))
                .doesNotThrowAnyException();
    }

    private static Document parse(Path xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    }

    private static String xpath(Document doc, String expression) throws Exception {
        Object value = XPathFactory.newInstance().newXPath().evaluate(expression, doc, XPathConstants.STRING);
        return value.toString();
    }
}
