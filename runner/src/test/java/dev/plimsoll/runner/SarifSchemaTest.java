package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format sarif} is a valid SARIF 2.1.0 log, by the schema OASIS published. */
class SarifSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SARIF = schema();

    @TempDir
    Path dir;

    private static JsonSchema schema() {
        try (InputStream in = Objects.requireNonNull(
                SarifSchemaTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode sarifOfBrokenContracts() throws IOException {
        Files.writeString(
                dir.resolve("app.contract"),
                "image \"acme/app\"\nscenario \"s\" {\n  wait for log /up/ within 5\n  signal TERM\n}\n");
        Files.writeString(dir.resolve("unclosed.contract"), "image \"acme/x\"\nscenario \"s\" {\n");
        Files.writeString(dir.resolve("compose.contract"), "services from \"compose.yml\"\nsubject service api\n");
        Files.writeString(
                dir.resolve("compose.yml"),
                "services:\n  api:\n    image: acme/api\n    privileged: true\n    restart: always\n");
        Cli.Result result = new Cli(dir).run("check", "--format", "sarif");
        assertThat(result.exitCode()).isEqualTo(2);
        return JSON.readTree(result.out());
    }

    @Test
    void theLogOfContractsWithErrorsAndWarningsIsValidSarif() throws IOException {
        JsonNode log = sarifOfBrokenContracts();

        assertThat(log.get("runs").get(0).get("results")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(SARIF.validate(log)).isEmpty();
    }

    @Test
    void theLogOfValidContractsIsValidSarifWithNoResults() throws IOException {
        Files.writeString(dir.resolve("good.contract"), "image \"acme/good\"\n");

        JsonNode log =
                JSON.readTree(new Cli(dir).run("check", "--format", "sarif").out());

        assertThat(log.get("runs").get(0).get("results")).isEmpty();
        assertThat(SARIF.validate(log)).isEmpty();
    }

    @Test
    void theSchemaRejectsALogThatBreaksIt() throws IOException {
        ObjectNode log = (ObjectNode) sarifOfBrokenContracts();
        ((ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");

        Set<ValidationMessage> problems = SARIF.validate(log);

        assertThat(problems).extracting(ValidationMessage::getMessage).anySatisfy(m -> assertThat(m)
                .contains("level"));
    }
}
