package dev.plimsoll.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.Span;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"greeter.contract", "counter.contract"})
    void languageExampleParsesWithoutDiagnostics(String name) {
        ParseResult result = Contracts.parse(example(name));

        assertThat(result.render()).isEmpty();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.contract()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"greeter.contract", "counter.contract"})
    void languageExampleRoundTripsThroughThePrinter(String name) {
        Contract parsed = Contracts.parse(example(name)).contract().orElseThrow();

        String printed = ContractPrinter.print(parsed);
        ParseResult reparsed = Contracts.parse(parsed.sourceName(), printed);

        assertThat(reparsed.render()).isEmpty();
        assertThat(reparsed.contract().orElseThrow())
                .usingRecursiveComparison()
                .ignoringFieldsOfTypes(Span.class)
                .isEqualTo(parsed);
        assertThat(ContractPrinter.print(reparsed.contract().orElseThrow())).isEqualTo(printed);
    }

    static Path example(String name) {
        return Path.of("src/test/resources/examples", name);
    }
}
