package dev.plimsoll.grammar.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.grammar.Contracts;
import dev.plimsoll.grammar.ParseResult;
import dev.plimsoll.grammar.ast.Contract;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Compose examples in specs/ check as their comments say, without Docker: their contracts are still named
 * {@code .contract.pending} until the engine runs Compose contracts.
 */
class ComposeSpecsTest {
    private static final Path SPECS = Path.of("../specs").toAbsolutePath().normalize();

    @Test
    void composeNotesLoadsWithItsOverrideAndDotEnv() {
        ComposeContracts.Checked checked = check("compose-notes/compose-notes.contract.pending");

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
    void theBrokenTwinStopsAtTheRequiredVariable() {
        ComposeContracts.Checked checked =
                check("broken/compose-notes-missing-env/compose-notes-missing-env.contract.pending");

        assertThat(render(checked))
                .startsWith(
                        "docker-compose.yml:7:26: error: 'DATABASE_PASSWORD' is not set: set DATABASE_PASSWORD in .env");
        assertThat(checked.project()).isEmpty();
    }

    @Test
    void composeKvIsAVersionOneFileWithLinks() {
        ComposeContracts.Checked checked = check("compose-kv/compose-kv.contract.pending");

        assertThat(checked.hasErrors()).as(render(checked)).isFalse();
        ComposeProject project = checked.project().orElseThrow();
        assertThat(project.names()).containsExactly("redis", "web");
        Contract expanded = ComposeContracts.expand(contract("compose-kv/compose-kv.contract.pending"), project);
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
