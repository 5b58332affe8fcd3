package dev.plimsoll.grammar;

import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.diag.Diagnostic;
import dev.plimsoll.grammar.diag.SourceText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A file that is not UTF-8, reported at its first bad byte, with the line around it shown as far as it reads. */
final class NotUtf8 {
    private NotUtf8() {}

    static ParseResult at(String name, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            bytes = new byte[0];
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        int bad = in.position();
        String before = out.flip().toString();
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int column = before.length() - before.lastIndexOf('\n');
        String shown =
                result.isError() && bad < bytes.length ? String.format("byte 0x%02x", bytes[bad] & 0xff) : "a byte";
        // The text shown is the file read leniently, so the excerpt still shows the line with the bad byte.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        Diagnostic diagnostic = new Diagnostic(
                dev.plimsoll.grammar.diag.Severity.ERROR,
                "cannot read file: " + shown + " is not UTF-8 text",
                Span.of(line, column, 1),
                Optional.of("save the file as UTF-8"));
        return new ParseResult(new SourceText(name, lenient), Optional.empty(), List.of(diagnostic));
    }
}
