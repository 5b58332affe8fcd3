package dev.plimsoll.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ```contract} block of the language reference must parse without diagnostics, so the reference cannot
 * drift from the grammar. Blocks that show an error are tagged {@code ```text} instead.
 */
class DocsExamplesTest {
    private static final Path REFERENCE = Path.of("../docs/language.md");
    private static final String OPENING = "```contract";
    private static final String FENCE = "```";

    /** A contract block and the line of the reference it starts on, so a failure points at it. */
    record Block(int line, String text) {
        @Override
        public String toString() {
            return "language.md line " + line;
        }
    }

    static List<Block> contractBlocks() throws IOException {
        List<String> lines = Files.readAllLines(REFERENCE);
        List<Block> blocks = new ArrayList<>();
        int index = 0;
        while (index < lines.size()) {
            if (!lines.get(index).strip().equals(OPENING)) {
                index++;
                continue;
            }
            int start = index + 1;
            int end = closingFence(lines, start);
            blocks.add(new Block(start, String.join("\n", lines.subList(start, end)) + "\n"));
            index = end + 1;
        }
        return blocks;
    }

    private static int closingFence(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                return i;
            }
        }
        throw new IllegalStateException("contract block opened on line " + from + " of " + REFERENCE + " never closes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contractBlocks")
    void contractBlockParsesWithoutDiagnostics(Block block) {
        ParseResult result = Contracts.parse("language.md block at line " + block.line(), block.text());

        assertThat(result.render()).isEmpty();
        assertThat(result.contract()).isPresent();
    }

    @Test
    void referenceShowsAContractForEveryPart() throws IOException {
        assertThat(contractBlocks()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void findsABrokenContractBlock() {
        ParseResult result = Contracts.parse("broken", "image \"x\"\nscenario \"s\" { wait for log \"a\" within 10 }");

        assertThat(result.render()).contains("duration '10' has no unit");
    }
}
