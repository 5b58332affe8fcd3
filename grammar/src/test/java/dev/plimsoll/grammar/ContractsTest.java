package dev.plimsoll.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.grammar.ast.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractsTest {
    @TempDir
    Path dir;

    @Test
    void readsUtf8WithByteOrderMarkAndCrlf() throws IOException {
        String lf = Files.readString(ExamplesTest.example("greeter.contract"));
        Path file = dir.resolve("bom.contract");
        byte[] body = ("\uFEFF" + lf.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        Files.write(file, body);

        ParseResult crlf = Contracts.parse(file);
        ParseResult plain = Contracts.parse(file.toString(), lf);

        assertThat(crlf.render()).isEmpty();
        assertThat(crlf.contract().orElseThrow()).isEqualTo(plain.contract().orElseThrow());
    }

    @Test
    void reportsCrlfErrorsWithoutCarriageReturnInTheSnippet() {
        ParseResult result = Contracts.parse("w.contract", "image \"x\"\r\nscenario \"s\" {\r\n  signal TERM\r\n}\r\n");

        assertThat(result.render())
                .isEqualTo(
                        """
                        w.contract:3:10: error: unknown signal 'TERM'
                            3 |   signal TERM
                              |          ^~~~
                        hint: did you mean 'SIGTERM'?""");
    }

    @Test
    void reportsMissingFileAsDiagnostic() {
        Path missing = dir.resolve("nope.contract");

        ParseResult result = Contracts.parse(missing);

        assertThat(result.contract()).isEmpty();
        assertThat(result.render()).isEqualTo(missing + ":1:1: error: cannot read file: no such file");
    }

    @Test
    void reportsFileThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.contract");
        Files.write(file, new byte[] {'i', 'm', 'a', 'g', 'e', ' ', '"', (byte) 0xE9, '"'});

        ParseResult result = Contracts.parse(file);

        assertThat(result.render())
                .isEqualTo(file + ":1:8: error: cannot read file: byte 0xe9 is not UTF-8 text\n"
                        + "    1 | image \"\uFFFD\"\n"
                        + "      |        ^\n"
                        + "hint: save the file as UTF-8");
    }

    @Test
    void saysAFileThatIsNotRegularCannotBeRead() {
        ParseResult result = Contracts.parse(dir, "dir.contract");

        assertThat(result.render())
                .isEqualTo("dir.contract:1:1: error: cannot read file: it is not a regular file but a directory");
    }

    @Test
    void reportsEmptyFileAsMissingSubject() {
        ParseResult result = Contracts.parse("empty.contract", "");

        assertThat(result.render())
                .isEqualTo("empty.contract:1:1: error: the contract names no image\n"
                        + "hint: start it with image \"name:tag\" or build \".\" (the Dockerfile beside the contract)");
    }

    @Test
    void givesSpansOfWholeTokens() {
        var contract = Contracts.parse("s.contract", "image \"x\"\nscenario \"s\" {\n  publish 8080/udp\n}")
                .contract()
                .orElseThrow();

        var publish = (dev.plimsoll.grammar.ast.Publish)
                contract.scenarios().get(0).steps().get(0);

        assertThat(publish.span()).isEqualTo(new Span(3, 3, 3, 19));
        assertThat(publish.port().span()).isEqualTo(new Span(3, 11, 3, 19));
    }
}
