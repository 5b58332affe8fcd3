package dev.plimsoll.engine.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.descriptor.ContractLocation;
import dev.plimsoll.grammar.Contracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A contract's Compose problems are shown like the contract's own: paths relative to the working directory. */
class ComposeExpansionTest {

    @Test
    void aComposeProblemNamesItsFileRelativeToTheWorkingDirectory() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "compose-expansion-test"));
        Files.writeString(dir.resolve("compose.yml"), "services:\n  api:\n    image: x\n    privileged: true\n");
        Path contract =
                Files.writeString(dir.resolve("c.contract"), "services from \"compose.yml\"\nsubject service api\n");

        ComposeExpansion.Expanded expanded =
                new ComposeExpansion(Map.of()).expand(ContractLocation.ofFile(contract), Contracts.parse(contract));

        assertThat(expanded.result()).isEmpty();
        assertThat(expanded.line()).isEqualTo(1);
        assertThat(expanded.problems()).startsWith("target/compose-expansion-test/compose.yml:4:");
    }
}
