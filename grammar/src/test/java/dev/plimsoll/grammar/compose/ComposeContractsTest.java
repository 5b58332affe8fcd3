package dev.plimsoll.grammar.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.grammar.ContractPrinter;
import dev.plimsoll.grammar.Contracts;
import dev.plimsoll.grammar.ParseResult;
import dev.plimsoll.grammar.ast.BuildSubject;
import dev.plimsoll.grammar.ast.ComposeSource;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.EnvSetting;
import dev.plimsoll.grammar.ast.HostMount;
import dev.plimsoll.grammar.ast.ImageSubject;
import dev.plimsoll.grammar.ast.Publish;
import dev.plimsoll.grammar.ast.Service;
import dev.plimsoll.grammar.ast.ServiceSubject;
import dev.plimsoll.grammar.ast.VolumeMount;
import dev.plimsoll.grammar.ast.WaitForExit;
import dev.plimsoll.grammar.ast.WaitForHealthy;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code services from} and {@code subject service}: parsed, checked against the files, expanded for the engine. */
class ComposeContractsTest {
    private static final String NOTES_COMPOSE = String.join(
            "\n",
            "services:",
            "  db:",
            "    image: postgres:16",
            "    environment: {POSTGRES_PASSWORD: pw}",
            "    volumes: [\"pgdata:/var/lib/postgresql/data\"]",
            "    healthcheck:",
            "      test: [\"CMD\", \"pg_isready\"]",
            "  migrate:",
            "    build: {context: ., target: migrate}",
            "    depends_on: {db: {condition: service_healthy}}",
            "  api:",
            "    build: .",
            "    environment: [DATABASE_HOST=db, \"PORT=${API_PORT:-8080}\"]",
            "    ports: [\"${API_PORT:-8080}:8080\"]",
            "    volumes: [\"./seed:/seed:ro\"]",
            "    depends_on:",
            "      db: {condition: service_healthy}",
            "      migrate: {condition: service_completed_successfully}",
            "volumes:",
            "  pgdata: {}");

    @TempDir
    Path dir;

    @Test
    void parsesFilesAndProfilesAndPrintsThemBack() {
        String text = "services from \"compose.yml\" \"override.yml\" profile \"debug\" profile \"seed\"\n"
                + "subject service api\n";

        ParseResult result = Contracts.parse("c.contract", text);

        assertThat(result.diagnostics()).isEmpty();
        Contract contract = result.contract().orElseThrow();
        ComposeSource source = contract.compose().orElseThrow();
        assertThat(source.files()).extracting(t -> t.literalValue()).containsExactly("compose.yml", "override.yml");
        assertThat(source.profiles()).extracting(t -> t.literalValue()).containsExactly("debug", "seed");
        assertThat(contract.subject()).containsInstanceOf(ServiceSubject.class);
        assertThat(ContractPrinter.print(contract))
                .isEqualTo("services from \"compose.yml\" \"override.yml\" profile \"debug\" profile \"seed\"\n\n"
                        + "subject service api\n");
    }

    @Test
    void aServiceSubjectNeedsComposeFiles() {
        ParseResult result = Contracts.parse("c.contract", "subject service api\n");

        assertThat(result.render()).startsWith("c.contract:1:1: error: 'subject service api' needs Compose files");
    }

    @Test
    void aMissingComposeFileIsAnErrorAtItsName() {
        Contract contract = parse("services from \"compose.yml\" \"nope.yml\"\nsubject service api\n");
        new ComposeFixture(dir).file("compose.yml", NOTES_COMPOSE);

        ComposeContracts.Checked checked =
                ComposeContracts.check(contract, dir, Map.of(), Map.of()).orElseThrow();

        assertThat(checked.hasErrors()).isTrue();
        assertThat(checked.contractDiagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("Compose file 'nope.yml' not found");
            assertThat(d.span().column()).isEqualTo(29);
        });
    }

    @Test
    void anUnknownSubjectServiceSuggestsTheNearestOne() {
        new ComposeFixture(dir).file("compose.yml", NOTES_COMPOSE);
        Contract contract =
                parse("services from \"compose.yml\"\nsubject service apj\n" + "scenario \"s\" { stop service dbb }\n");

        ComposeContracts.Checked checked =
                ComposeContracts.check(contract, dir, Map.of(), Map.of()).orElseThrow();

        assertThat(checked.contractDiagnostics())
                .extracting(Diagnostic::message, d -> d.hint().orElse(""))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "unknown service 'apj' (the Compose files start: db, migrate, api)",
                                "did you mean 'api'?"),
                        org.assertj.core.groups.Tuple.tuple(
                                "unknown service 'dbb' (the Compose files start: db, migrate, api)",
                                "did you mean 'db'?"));
        assertThat(checked.project()).isEmpty();
    }

    @Test
    void stepsAndScenarioSettingsMayNameComposeServices() {
        new ComposeFixture(dir).file("compose.yml", NOTES_COMPOSE);
        ParseResult parsed = Contracts.parse(
                "c.contract",
                "services from \"compose.yml\"\nsubject service api\n"
                        + "scenario \"s\" { service db { env A = \"1\" }\n stop service db\n"
                        + " expect port 5432 open on service db }\n");

        ComposeContracts.Checked checked = ComposeContracts.check(
                        parsed.contract().orElseThrow(), dir, Map.of(), Map.of())
                .orElseThrow();

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(checked.hasErrors()).isFalse();
    }

    @Test
    void expandsIntoTheContractTheEngineRuns() {
        new ComposeFixture(dir).file("compose.yml", NOTES_COMPOSE);
        Contract contract = parse("services from \"compose.yml\"\nsubject service api\n"
                + "service cache { image \"redis:7\" }\n"
                + "scenario \"serves notes\" { env PORT = \"9000\"\n wait for healthy }\n");
        ComposeProject project = ComposeContracts.check(contract, dir, Map.of(), Map.of("API_PORT", "8181"))
                .flatMap(ComposeContracts.Checked::project)
                .orElseThrow();

        Contract expanded = ComposeContracts.expand(contract, project);

        assertThat(expanded.subject()).containsInstanceOf(BuildSubject.class);
        assertThat(((BuildSubject) expanded.subject().orElseThrow()).context().literalValue())
                .isEqualTo(dir.toAbsolutePath().toString());
        assertThat(expanded.services()).extracting(Service::name).containsExactly("db", "migrate", "cache");
        Service db = expanded.services().get(0);
        assertThat(db.subject()).isInstanceOfSatisfying(ImageSubject.class, i -> assertThat(
                        i.reference().literalValue())
                .isEqualTo("postgres:16"));
        assertThat(db.settings()).hasAtLeastOneElementOfType(VolumeMount.class);
        assertThat(db.waits()).singleElement().isInstanceOf(WaitForHealthy.class);
        Service migrate = expanded.services().get(1);
        assertThat(migrate.waits()).singleElement().isInstanceOfSatisfying(WaitForExit.class, w -> assertThat(w.code())
                .isZero());
        assertThat(((BuildSubject) migrate.subject()).target().orElseThrow().literalValue())
                .isEqualTo("migrate");
        var steps = expanded.scenarios().get(0).steps();
        assertThat(steps.get(0)).isEqualTo(new EnvSetting("DATABASE_HOST", text("db", contract), span(contract)));
        assertThat(steps)
                .filteredOn(EnvSetting.class::isInstance)
                .extracting(s ->
                        ((EnvSetting) s).name() + "=" + ((EnvSetting) s).value().literalValue())
                .containsExactly("DATABASE_HOST=db", "PORT=8181", "PORT=9000");
        assertThat(steps).filteredOn(Publish.class::isInstance).singleElement().satisfies(p -> assertThat(
                        ((Publish) p).port().number())
                .isEqualTo(8080));
        assertThat(steps)
                .filteredOn(HostMount.class::isInstance)
                .singleElement()
                .satisfies(m -> {
                    assertThat(((HostMount) m).hostPath().literalValue())
                            .isEqualTo(dir.resolve("seed").toAbsolutePath().toString());
                    assertThat(((HostMount) m).readOnly()).isTrue();
                });
    }

    private static dev.plimsoll.grammar.ast.Text text(String value, Contract contract) {
        return dev.plimsoll.grammar.ast.Text.of(value, span(contract));
    }

    private static dev.plimsoll.grammar.ast.Span span(Contract contract) {
        return contract.compose().orElseThrow().span();
    }

    private static Contract parse(String text) {
        ParseResult result = Contracts.parse("c.contract", text);
        assertThat(result.diagnostics()).isEmpty();
        return result.contract().orElseThrow();
    }
}
