package dev.plimsoll.grammar.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: {@code compose-diagnostics/NAME/} holds {@code compose.yml} (and {@code override.yml}, merged
 * after it, and a {@code .env}); loading them must render exactly {@code expected.txt}. The name says the
 * behaviour.
 */
class ComposeDiagnosticsTest {
    private static final Path DIR = Path.of("src/test/resources/compose-diagnostics");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(DIR)) {
            return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersExactlyTheGoldenDiagnostics(String name) throws IOException {
        Path dir = DIR.resolve(name).toAbsolutePath();
        List<Path> files = new ArrayList<>(List.of(dir.resolve("compose.yml")));
        if (Files.exists(dir.resolve("override.yml"))) {
            files.add(dir.resolve("override.yml"));
        }

        ComposeResult result = ComposeLoader.load(ComposeRequest.of(files));
        String rendered = result.render(file -> dir.relativize(file).toString());

        Path expected = dir.resolve("expected.txt");
        if (!Files.exists(expected)) {
            Files.writeString(expected, rendered + "\n");
            throw new AssertionError("new golden file " + expected + " written: review it, then commit it");
        }
        assertThat(rendered + "\n").isEqualTo(Files.readString(expected));
        assertThat(result.diagnostics()).isNotEmpty();
        assertThat(result.project().isPresent()).isEqualTo(!result.hasErrors());
    }
}
