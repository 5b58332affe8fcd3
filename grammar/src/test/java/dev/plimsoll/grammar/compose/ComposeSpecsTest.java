package dev.plimsoll.grammar.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.grammar.Contracts;
import dev.plimsoll.grammar.ParseResult;
import dev.plimsoll.grammar.ast.Contract;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Compose examples in specs/ check as their comments say, without Docker (running them is the specs' ITs).
 */
class ComposeSpecsTest {
    private static final Path SPECS = Path.of("../specs").toAbsolutePath().normalize();

    @Test
    void composeNotesLoadsWithItsOverrideAndDotEnv() {
        ComposeContracts.Checked checked = check("compose-notes/compose-notes.contract");

        assertThat(checked.hasErrors()).as(render(checked)).isFalse();
        ComposeProject project = checked.project().orElseThrow();
        assertThat(project.names()).containsExactly("db", "migrate", "api");
        ComposeService api = project.service("api").orElseThrow();
        assertThat(api.environment())
                .extracting(e -> e.name() + "=" + e.value().orElse("?"))
                .containsExactlyInAnyOrder(
                        "DATABASE_HOST=db", "DATABASE_PASSWORD=pw", "PORT=8080", "NOTES_LOG_LEVEL=debug");
        assertThat(render(checked)).contains("docker-compose.override.yml:6:5: warning: 'restart' in service 'api'");
    }

    @Test
    void theMissingEnvTwinLoadsWithAnApiThatHasNoPassword() {
        ComposeContracts.Checked checked = check("broken/compose-notes-missing-env/compose-notes-missing-env.contract");

        assertThat(checked.hasErrors()).as(render(checked)).isFalse();
        assertThat(checked.project().orElseThrow().service("api").orElseThrow().environment())
                .extracting(EnvVar::name)
                .containsExactlyInAnyOrder("DATABASE_HOST", "PORT");
    }

    @Test
    void theWrongConditionTwinWaitsForAMigrationToBeHealthy() {
        String name = "broken/compose-notes-wrong-condition/compose-notes-wrong-condition.contract";
        ComposeContracts.Checked checked = check(name);

        Contract expanded =
                ComposeContracts.expand(contract(name), checked.project().orElseThrow());

        assertThat(expanded.services().get(1).name()).isEqualTo("migrate");
        assertThat(expanded.services().get(1).waits())
                .extracting(w -> w.describe())
                .containsExactly("wait for healthy");
    }

    @Test
    void composeKvIsAVersionOneFileWithLinks() {
        ComposeContracts.Checked checked = check("compose-kv/compose-kv.contract");

        assertThat(checked.hasErrors()).as(render(checked)).isFalse();
        ComposeProject project = checked.project().orElseThrow();
        assertThat(project.names()).containsExactly("redis", "web");
        Contract expanded = ComposeContracts.expand(contract("compose-kv/compose-kv.contract"), project);
        assertThat(expanded.services()).extracting(s -> s.name()).containsExactly("redis");
    }

    private static ComposeContracts.Checked check(String contract) {
        Path file = SPECS.resolve(contract);
        return ComposeContracts.check(contract(contract), file.getParent(), Map.of(), Map.of())
                .orElseThrow();
    }

    private static Contract contract(String name) {
        ParseResult result = Contracts.parse(SPECS.resolve(name));
        assertThat(result.diagnostics()).isEmpty();
        return result.contract().orElseThrow();
    }

    private static String render(ComposeContracts.Checked checked) {
        return checked.compose()
                .map(c -> c.render(file -> file.getFileName().toString()))
                .orElse(checked.contractDiagnostics().toString());
    }
}
