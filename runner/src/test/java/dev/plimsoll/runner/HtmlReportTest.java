package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The page of {@code run --html-report}, rendered from the events of the fake engine (no Docker). The page is also
 * well-formed XML, so its structure is asserted with XPath, and markup in a name or a log could not hide in it.
 */
class HtmlReportTest {

    @TempDir
    Path dir;

    private Cli contracts() {
        Cli cli = new Cli(dir);
        cli.contract(
                "specs/greeter/greeter.contract",
                "pass image has user \"app\"",
                "scenario stops cleanly on SIGTERM",
                "  moment subject :: created",
                "  moment subject :: started",
                "  pass wait for log \"listening\"",
                "  fail expect exit 0 within 5s :: still running after 5s\\nexpected: exited",
                "  log greeter listening on port 8080",
                "  skip expect stdout contains \"bye\" :: an earlier action failed",
                "  moment subject :: removing",
                "scenario uses redis",
                "  moment service redis :: created",
                "  moment service redis :: started",
                "  moment service redis :: ready",
                "  moment subject :: created",
                "  moment subject :: started",
                "  pass expect port 6379 open",
                "  moment service redis :: removing",
                "  moment subject :: removing");
        return cli;
    }

    @Test
    void everyStepShowsItsStatusDurationAndMessage() throws Exception {
        Cli.Result result =
                contracts().run("run", "--html-report", dir.resolve("report").toString(), "specs");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("HTML report: report/index.html");
        Document page = page();
        String failed = "//tr[contains(@class,'step failed')]";
        assertThat(text(page, failed + "/td[@class='name']")).startsWith("expect exit 0 within 5s");
        assertThat(text(page, failed + "//div[@class='where']")).isEqualTo("specs/greeter/greeter.contract:6");
        assertThat(text(page, failed + "//pre[@class='message']"))
                .isEqualTo("still running after 5s\nexpected: exited");
        assertThat(text(page, failed + "/td[@class='time']")).matches("\\d+ ms|\\d+\\.\\d s");
        assertThat(text(page, failed + "//details[@class='log']/pre")).isEqualTo("greeter listening on port 8080\n");
        assertThat(text(page, "//tr[contains(@class,'step skipped')]//pre[@class='message']"))
                .isEqualTo("skipped: an earlier action failed");
        assertThat(text(page, "count(//tr[contains(@class,'step passed')])")).isEqualTo("3");
        assertThat(text(page, "//article[contains(@class,'group failed')]/h3")).contains("stops cleanly on SIGTERM");
        assertThat(text(page, "//p[contains(@class,'counts')]"))
                .isEqualTo("5 checks in 1 contract: 3 passed, 1 failed, 1 skipped");
    }

    @Test
    void theTimelineHasARowPerScenarioAndOnePerContainerWithItsMoments() throws Exception {
        contracts().run("run", "--html-report", dir.resolve("report").toString(), "specs");

        Document page = page();
        assertThat(text(page, "count(//section[@id='timeline']//div[contains(@class,'row scenario')])"))
                .isEqualTo("3");
        assertThat(text(page, "//div[contains(@class,'row scenario failed')]/a"))
                .isEqualTo("stops cleanly on SIGTERM");
        assertThat(text(page, "//div[contains(@class,'row scenario failed')]/a/@href"))
                .isEqualTo("#" + text(page, "//article[contains(@class,'group failed')]/@id"));
        assertThat(text(page, "count(//div[contains(@class,'row lane')])")).isEqualTo("3");
        String redis = "//div[contains(@class,'row lane')][span='service redis']";
        assertThat(text(page, "count(" + redis + "//i[contains(@class,'moment')])"))
                .isEqualTo("4");
        assertThat(text(page, redis + "//i[contains(@class,'moment ready')]/@title"))
                .startsWith("service redis ready at +");
        // a segment per step that ran: the skipped one has none
        assertThat(text(page, "count(//div[contains(@class,'row scenario')]//div[contains(@class,'step ')])"))
                .isEqualTo("4");
        assertThat(text(page, "//article[contains(h3,'uses redis')]//ul[@class='containers']/li[1]"))
                .startsWith("service redis service-redis · created +");
    }

    @Test
    void markupInNamesMessagesAndLogsIsShownAsTextAndTheScriptIsOurs() throws Exception {
        Cli cli = new Cli(dir);
        cli.contract(
                "x.contract",
                "scenario <img src=x onerror=alert(1)> & \"friends\"",
                "  fail expect body contains \"</pre><script>alert(2)</script>\" :: got '<b>bold</b>' & more",
                "  log <script>alert(3)</script> \\e[31mred\\e[0m");

        cli.run("run", "--html-report", dir.resolve("report").toString());

        String raw = Files.readString(dir.resolve("report/index.html"));
        assertThat(raw)
                .doesNotContain("<img", "<b>", "<script>alert", "</pre><script>")
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;friends&quot;")
                .contains("got &#39;&lt;b&gt;bold&lt;/b&gt;&#39; &amp; more")
                .contains("&lt;script&gt;alert(3)&lt;/script&gt; \\u001b[31mred");
        Document page = page();
        assertThat(text(page, "count(//script)")).isEqualTo("1");
        assertThat(text(page, "count(//img)")).isEqualTo("0");
        assertThat(text(page, "//h3")).contains("<img src=x onerror=alert(1)> & \"friends\"");
    }

    @Test
    void thePageLoadsNothingAndShowsNoSecret() throws Exception {
        Cli cli = new Cli(dir);
        cli.contract(
                "db.contract",
                "scenario connects with s3cr3t-pw",
                "  fail expect stdout contains \"ready\" :: stdout was 'password=s3cr3t-pw'",
                "  log db starting with s3cr3t-pw");

        cli.run(
                "run",
                "--set",
                "DB_PASSWORD=s3cr3t-pw",
                "--html-report",
                dir.resolve("report").toString());

        String raw = Files.readString(dir.resolve("report/index.html"));
        assertThat(raw)
                .doesNotContain("s3cr3t-pw")
                .contains("connects with ***", "password=***", "db starting with ***")
                .doesNotContain("://", "src=", "<link", "@import", "url(");
    }

    @Test
    void aReportDirectoryThatCannotBeMadeIsAOneLineError() throws Exception {
        Files.writeString(dir.resolve("taken"), "a file");

        Cli.Result result =
                contracts().run("run", "--html-report", dir.resolve("taken").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("plimsoll: cannot write ").doesNotContain("\tat ");
    }

    private Document page() throws Exception {
        String html = Files.readString(dir.resolve("report/index.html"));
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    private static String text(Document page, String xpath) throws Exception {
        return XPathFactory.newInstance()
                .newXPath()
                .evaluate(xpath, page, XPathConstants.STRING)
                .toString();
    }
}
