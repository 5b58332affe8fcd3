package dev.plimsoll.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.Literal;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.VariableRef;
import dev.plimsoll.grammar.diag.DiagnosticRenderer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VariablesTest {
    private static final String SOURCE =
            """
            image "${IMAGE:-acme/greeter:dev}"
            file "${ROOT}/data" exists
            scenario "s" for GREETING in "hi", "ahoy" {
              env GREETING = "${GREETING}"
              env OTHER = "${MISSING} and ${TAG}"
            }
            """;

    @Test
    void laterValuesWin() {
        Variables variables = Variables.of(Map.of("A", "1", "B", "2")).with(Map.of("B", "3"));

        assertThat(variables.lookup("A")).contains("1");
        assertThat(variables.lookup("B")).contains("3");
        assertThat(variables.lookup("C")).isEmpty();
    }

    @Test
    void resolvesReferencesAndDefaultsLikeAShell() {
        Text text = new Text(
                List.of(
                        new Literal("img "),
                        new VariableRef("NAME", Optional.empty()),
                        new Literal(":"),
                        new VariableRef("TAG", Optional.of("dev"))),
                Span.NONE);

        assertThat(text.resolve(Variables.of(Map.of("NAME", "acme")))).isEqualTo("img acme:dev");
        assertThat(text.resolve(Variables.of(Map.of("NAME", "acme", "TAG", ""))))
                .isEqualTo("img acme:dev");
        assertThat(text.resolve(Variables.of(Map.of("TAG", "1.4")))).isEqualTo("img :1.4");
        assertThat(text.variables()).containsExactly("NAME");
        assertThat(text.isLiteral()).isFalse();
        assertThat(text.source()).isEqualTo("img ${NAME}:${TAG:-dev}");
    }

    @Test
    void decodesEscapesAndKeepsThemInSource() {
        Text text = parse("image \"a\\\"b\\\\c\\td\\$e${X}\"")
                .subject()
                .map(s -> ((dev.plimsoll.grammar.ast.ImageSubject) s).reference())
                .orElseThrow();

        assertThat(text.parts()).containsExactly(new Literal("a\"b\\c\td$e"), new VariableRef("X", Optional.empty()));
        assertThat(text.source()).isEqualTo("a\\\"b\\\\c\\td$e${X}");
    }

    @Test
    void expectsOnlyNamesWithoutDefaultOrMatrix() {
        assertThat(Contracts.expectedVariables(parse(SOURCE))).containsExactly("MISSING", "ROOT", "TAG");
    }

    @Test
    void reportsEachUndefinedVariableAtItsString() {
        Contract contract = parse(SOURCE);

        var diagnostics = Contracts.undefinedVariables(contract, Variables.of(Map.of("TAG", "1.4")));

        DiagnosticRenderer renderer =
                new DiagnosticRenderer(new dev.plimsoll.grammar.diag.SourceText("v.contract", SOURCE));
        assertThat(diagnostics)
                .extracting(renderer::render)
                .containsExactly(
                        """
                        v.contract:2:6: error: undefined variable 'ROOT'
                            2 | file "${ROOT}/data" exists
                              |      ^~~~~~~~~~~~~~
                        hint: set it (--set ROOT=value or the environment) or give a default: ${ROOT:-value}""",
                        """
                        v.contract:5:15: error: undefined variable 'MISSING'
                            5 |   env OTHER = "${MISSING} and ${TAG}"
                              |               ^~~~~~~~~~~~~~~~~~~~~~~
                        hint: set it (--set MISSING=value or the environment) or give a default: ${MISSING:-value}""");
    }

    @Test
    void reportsNothingWhenEverythingIsDefined() {
        var diagnostics = Contracts.undefinedVariables(
                parse(SOURCE), Variables.of(Map.of("ROOT", "/", "MISSING", "x", "TAG", "1")));

        assertThat(diagnostics).isEmpty();
    }

    @Test
    void savedNamesAndUniqueAreDefinedInTheirScenario() {
        Contract contract = parse(
                """
                image "notes-api:dev"
                service db { image "postgres:16" env POSTGRES_DB = "notes_${UNIQUE}" }
                scenario "store and read back" {
                  expect http POST "/notes/" body "{\\"text\\": \\"${UNIQUE}\\"}" { save json "$.id" as NOTE_ID }
                  expect http GET "/notes/${NOTE_ID}/" { status 200 }
                }
                """);

        assertThat(Contracts.undefinedVariables(contract, Variables.empty())).isEmpty();
        assertThat(Contracts.expectedVariables(contract)).isEmpty();
    }

    @Test
    void aSavedNameIsNotDefinedInAnotherScenario() {
        Contract contract = parse(
                """
                image "notes-api:dev"
                scenario "a" { expect http GET "/notes/" { save json "$[0].id" as NOTE_ID } }
                scenario "b" { expect http GET "/notes/${NOTE_ID}/" { status 200 } }
                """);

        assertThat(Contracts.undefinedVariables(contract, Variables.empty()))
                .extracting(d -> d.message())
                .containsExactly("undefined variable 'NOTE_ID'");
        assertThat(Contracts.expectedVariables(contract)).containsExactly("NOTE_ID");
    }

    @Test
    void subjectAndServicesTakeAMatrixVariableThatEveryScenarioBinds() {
        Contract contract = parse(
                """
                build "." arg BASE = "debian:${DEBIAN}"
                service db { image "postgres:${PG}" }
                scenario "a" for DEBIAN in "bookworm", "trixie" and PG in "16" { expect exit 0 }
                scenario "b" for PG in "15" and DEBIAN in "bookworm" { expect exit 0 }
                """);

        assertThat(Contracts.undefinedVariables(contract, Variables.empty())).isEmpty();
        assertThat(Contracts.expectedVariables(contract)).isEmpty();
    }

    @Test
    void namesTheScenarioWhoseMatrixLacksAVariableOfAService() {
        String source =
                """
                image "notes-api:dev"
                service db { image "postgres:${PG}" }
                scenario "a" for PG in "15", "16" { expect exit 0 }
                scenario "b" { expect exit 0 }
                """;
        Contract contract = parse(source);

        assertThat(render(source, Contracts.undefinedVariables(contract, Variables.empty())))
                .containsExactly(
                        """
                        v.contract:2:30: error: 'PG' has no value in scenario "b" (line 4): its matrix does not bind it
                            2 | service db { image "postgres:${PG}" }
                              |                              ^~~~~
                        hint: bind it in every scenario (for PG in ...), set it (--set PG=value) or give a default: ${PG:-value}""");
        assertThat(Contracts.expectedVariables(contract)).containsExactly("PG");
        assertThat(Contracts.undefinedVariables(contract, Variables.of(Map.of("PG", "16"))))
                .isEmpty();
    }

    @Test
    void reportsAMatrixVariableOfTheSubjectThatImageChecksCannotResolve() {
        String source =
                """
                image "notes-api:${TAG}"
                file "/srv/app" is directory
                scenario "a" for TAG in "1.0", "1.1" { expect exit 0 }
                """;
        Contract contract = parse(source);

        assertThat(render(source, Contracts.undefinedVariables(contract, Variables.empty())))
                .containsExactly(
                        """
                        v.contract:1:18: error: 'TAG' has no value for 'image has' and 'file' checks, which run outside any scenario
                            1 | image "notes-api:${TAG}"
                              |                  ^~~~~~
                        hint: give it a default for them: ${TAG:-value}""");
        assertThat(Contracts.expectedVariables(contract)).containsExactly("TAG");
        assertThat(parse(source.replace("${TAG}", "${TAG:-1.0}")))
                .satisfies(c -> assertThat(Contracts.undefinedVariables(c, Variables.empty()))
                        .isEmpty());
    }

    private static List<String> render(String source, List<dev.plimsoll.grammar.diag.Diagnostic> diagnostics) {
        DiagnosticRenderer renderer =
                new DiagnosticRenderer(new dev.plimsoll.grammar.diag.SourceText("v.contract", source));
        return diagnostics.stream().map(renderer::render).toList();
    }

    static Contract parse(String source) {
        ParseResult result = Contracts.parse("v.contract", source);
        assertThat(result.render()).isEmpty();
        return result.contract().orElseThrow();
    }
}
