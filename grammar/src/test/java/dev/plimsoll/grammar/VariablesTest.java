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

    static Contract parse(String source) {
        ParseResult result = Contracts.parse("v.contract", source);
        assertThat(result.render()).isEmpty();
        return result.contract().orElseThrow();
    }
}
