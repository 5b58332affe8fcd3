package dev.plimsoll.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: {@code diagnostics/NAME.contract} must render exactly {@code NAME.txt}. The file name says
 * the behaviour; each input is parsed under its own file name.
 */
class DiagnosticsTest {
    private static final Path DIR = Path.of("src/test/resources/diagnostics");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".contract"))
                    .map(n -> n.substring(0, n.length() - ".contract".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersExactlyTheGoldenDiagnostics(String name) throws IOException {
        String source = Files.readString(DIR.resolve(name + ".contract"));
        String expected = Files.readString(DIR.resolve(name + ".txt"));

        ParseResult result = Contracts.parse(name + ".contract", source);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.render() + "\n").isEqualTo(expected);
    }

    @Test
    void coversEnoughErrorCases() throws IOException {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(50);
    }

    @Test
    void keepsTheContractWhenOnlyValidationFails() {
        ParseResult result = Contracts.parse("v.contract", "image \"x\"\nscenario \"s\" { stop service db }");

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.contract()).isPresent();
    }

    @Test
    void dropsTheContractAfterASyntaxError() {
        ParseResult result = Contracts.parse("v.contract", "image \"x\"\nscenario \"s\" { expect }");

        assertThat(result.contract()).isEmpty();
        assertThat(result.diagnostics()).hasSize(1);
    }
}
