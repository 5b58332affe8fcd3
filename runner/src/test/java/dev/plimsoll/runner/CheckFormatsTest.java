package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format json|sarif} on real contracts parsed by the grammar. */
class CheckFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Cli cliWithTwoBrokenContractsAndAGoodOne() throws IOException {
        Files.createDirectories(dir.resolve("app"));
        Files.writeString(
                dir.resolve("app/app.contract"),
                "image \"acme/app\"\n\nscenario \"stops\" {\n  wait for log /listening/ within 5\n  signal TERM\n}\n");
        Files.writeString(dir.resolve("good.contract"), "image \"acme/good\"\nfile \"/etc/passwd\" exists\n");
        Files.writeString(dir.resolve("with space.contract"), "image \"acme/x\"\nfile \"/x\" bogus\n");
        return new Cli(dir);
    }

    @Test
    void jsonIsAnArrayWithOneObjectPerDiagnosticAndExitsTwoOnErrors() throws IOException {
        Cli.Result result = cliWithTwoBrokenContractsAndAGoodOne().run("check", "--format", "json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEmpty();
        JsonNode array = JSON.readTree(result.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(3);
        JsonNode unit = array.get(0);
        assertThat(unit.get("file").asText()).isEqualTo("app/app.contract");
        assertThat(List.of(
                        unit.get("line").asInt(),
                        unit.get("column").asInt(),
                        unit.get("endLine").asInt(),
                        unit.get("endColumn").asInt()))
                .containsExactly(4, 35, 4, 36);
        assertThat(unit.get("severity").asText()).isEqualTo("error");
        assertThat(unit.get("message").asText()).isEqualTo("duration '5' has no unit");
        assertThat(unit.get("hint").asText()).isEqualTo("add a unit: 500ms, 5s, 2m or 1h");
        JsonNode signal = array.get(1);
        assertThat(signal.get("message").asText()).isEqualTo("unknown signal 'TERM'");
        assertThat(List.of(signal.get("column").asInt(), signal.get("endColumn").asInt()))
                .containsExactly(10, 14);
        assertThat(array.get(2).get("file").asText()).isEqualTo("with space.contract");
        assertThat(array.get(2).get("line").asInt()).isEqualTo(2);
    }

    @Test
    void jsonOfValidContractsIsAnEmptyArrayAndExitsZero() throws IOException {
        cliWithTwoBrokenContractsAndAGoodOne();

        Cli.Result result = new Cli(dir).run("check", "--format", "json", "good.contract");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("[]\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aDiagnosticWithoutAHintHasANullHint() throws IOException {
        Files.writeString(dir.resolve("a.contract"), "image \"acme/a\"\nfile \"/x\" is directory owned by root\n");

        JsonNode only = JSON.readTree(
                        new Cli(dir).run("check", "--format", "json").out())
                .get(0);

        assertThat(only.get("message").asText()).isEqualTo("mismatched input 'root'. expecting: a string");
        assertThat(only.has("hint")).isTrue();
        assertThat(only.get("hint").isNull()).isTrue();
    }

    @Test
    void sarifHasTheToolItsRulesAndOneResultPerDiagnosticWithRelativeLocations() throws IOException {
        Cli.Result result = cliWithTwoBrokenContractsAndAGoodOne().run("check", "--format", "sarif");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEmpty();
        JsonNode log = JSON.readTree(result.out());
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("$schema").asText()).endsWith("sarif-schema-2.1.0.json");
        JsonNode run = log.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("plimsoll");
        assertThat(driver.has("informationUri")).as("no made-up home page").isFalse();
        assertThat(driver.get("rules").findValuesAsText("id")).containsExactly("contract", "compose");
        assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText())
                .isEqualTo(dir.toUri().toString());
        JsonNode results = run.get("results");
        assertThat(results).hasSize(3);
        JsonNode first = results.get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("contract");
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.get("message").get("text").asText())
                .isEqualTo("duration '5' has no unit\nhint: add a unit: 500ms, 5s, 2m or 1h");
        JsonNode location = first.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("app/app.contract");
        assertThat(location.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        JsonNode region = location.get("region");
        assertThat(List.of(
                        region.get("startLine").asInt(),
                        region.get("startColumn").asInt(),
                        region.get("endLine").asInt(),
                        region.get("endColumn").asInt()))
                .containsExactly(4, 35, 4, 36);
        assertThat(results.get(2)
                        .get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asText())
                .isEqualTo("with%20space.contract");
    }

    @Test
    void sarifPlacesComposeProblemsInTheComposeFileUnderTheirOwnRule() throws IOException {
        Files.writeString(dir.resolve("app.contract"), "services from \"compose.yml\"\nsubject service api\n");
        Files.writeString(dir.resolve("compose.yml"), "services:\n  api:\n    image: acme/api\n    restart: always\n");

        Cli.Result result = new Cli(dir).run("check", "--format", "sarif");

        assertThat(result.exitCode()).isZero();
        JsonNode only =
                JSON.readTree(result.out()).get("runs").get(0).get("results").get(0);
        assertThat(only.get("ruleId").asText()).isEqualTo("compose");
        assertThat(only.get("ruleIndex").asInt()).isEqualTo(1);
        assertThat(only.get("level").asText()).isEqualTo("warning");
        assertThat(only.findValue("artifactLocation").get("uri").asText()).isEqualTo("compose.yml");
        assertThat(only.findValue("region").get("startLine").asInt()).isEqualTo(4);
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheFormats() {
        Cli.Result result = new Cli(dir).run("check", "--format", "xml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown format 'xml' (expected one of: text, json, sarif)");
    }

    @Test
    void textStaysTheDefault() throws IOException {
        Cli.Result result = cliWithTwoBrokenContractsAndAGoodOne().run("check");

        assertThat(result.err()).contains("app/app.contract:4:35: error: duration '5' has no unit");
        assertThat(result.out()).endsWith("checked 3 contracts: 2 with errors\n");
    }

    @Test
    void stdinIsCheckedAsTheNamedFileWithoutSearchingTheDirectory() throws IOException {
        cliWithTwoBrokenContractsAndAGoodOne();
        InputStream stdin = System.in;
        Cli.Result result;
        try {
            System.setIn(new ByteArrayInputStream(
                    "image \"acme/new\"\nfile \"/x\" bogus\n".getBytes(StandardCharsets.UTF_8)));
            result = new Cli(dir).run("check", "--format", "json", "--stdin", "app/unsaved.contract");
        } finally {
            System.setIn(stdin);
        }

        assertThat(result.exitCode()).isEqualTo(2);
        JsonNode array = JSON.readTree(result.out());
        assertThat(array).hasSize(1);
        assertThat(array.get(0).get("file").asText()).isEqualTo("app/unsaved.contract");
        assertThat(array.get(0).get("line").asInt()).isEqualTo(2);
    }
}
