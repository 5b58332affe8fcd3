package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's reporters mask what it was given as secret, whatever the engine sends them. */
class SecretsReportingTest {

    @TempDir
    Path dir;

    private Cli leaky() {
        Cli cli = new Cli(dir);
        cli.contract(
                "db.contract",
                "scenario connects with s3cr3t-pw",
                "  fail expect stdout contains \"ready\" :: stdout was 'password=s3cr3t-pw'\\nand abc-123-def",
                "  log db starting with s3cr3t-pw and abc-123-def",
                "  skip expect exit 0 :: not run: s3cr3t-pw failed");
        return cli;
    }

    @Test
    void setValuesWithCredentialNamesNeverReachTheConsoleOrTheXml() throws Exception {
        Path xml = dir.resolve("junit.xml");

        Cli.Result result = leaky().run("run", "--set", "DB_PASSWORD=s3cr3t-pw", "--junit-xml", xml.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out() + result.err()).doesNotContain("s3cr3t-pw").contains("password=***");
        assertThat(result.out()).contains("connects with ***");
        assertThat(Files.readString(xml))
                .doesNotContain("s3cr3t-pw")
                .contains("db starting with *** and abc-123-def")
                .contains("password=***");
    }

    @Test
    void secretMarksAnyVariableName() throws Exception {
        Path xml = dir.resolve("junit.xml");

        Cli.Result result =
                leaky().run("run", "--secret", "CODE", "--set", "CODE=abc-123-def", "--junit-xml", xml.toString());

        assertThat(result.out() + result.err()).doesNotContain("abc-123-def").contains("and ***");
        assertThat(Files.readString(xml)).doesNotContain("abc-123-def").contains("s3cr3t-pw");
    }
}
