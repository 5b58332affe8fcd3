package dev.plimsoll.grammar;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.diag.Diagnostic;
import dev.plimsoll.grammar.diag.SourceText;
import dev.plimsoll.grammar.parser.ContractReader;
import dev.plimsoll.grammar.validate.Validator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/** The grammar module's entry point: {@code source -> parse -> AST -> validate}. */
public final class Contracts {
    private static final Comparator<Diagnostic> SOURCE_ORDER = Comparator.comparingInt(
                    (Diagnostic d) -> d.span().line())
            .thenComparingInt(d -> d.span().column());

    private Contracts() {}

    /** Reads a UTF-8 file (BOM and CRLF allowed); an unreadable file becomes a diagnostic, not an exception. */
    public static ParseResult parse(Path file) {
        return parse(file, file.toString());
    }

    /** Reads a UTF-8 file like {@link #parse(Path)}; diagnostics name it {@code sourceName}. */
    public static ParseResult parse(Path file, String sourceName) {
        String name = sourceName;
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return unreadable(
                    name,
                    "cannot read file: it is not a regular file" + (Files.isDirectory(file) ? " but a directory" : ""));
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return parse(name, text);
        } catch (CharacterCodingException e) {
            return NotUtf8.at(name, file);
        } catch (IOException e) {
            return unreadable(name, "cannot read file: " + describe(e));
        }
    }

    /** Parses and validates {@code text}; {@code sourceName} is shown in diagnostics. */
    public static ParseResult parse(String sourceName, String text) {
        String bom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // Old Mac files end lines with CR alone; the lexer counts only LF, so every position would be on line 1.
        String body = bom.indexOf('\r') < 0 ? bom : bom.replace("\r\n", "\n").replace('\r', '\n');
        SourceText source = new SourceText(sourceName, body);
        ContractReader.Outcome read = ContractReader.read(sourceName, body);
        List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
        read.contract().ifPresent(contract -> diagnostics.addAll(Validator.validate(contract)));
        diagnostics.sort(SOURCE_ORDER);
        return new ParseResult(source, read.contract(), ErrorLimit.apply(diagnostics));
    }

    /**
     * An error for each {@code ${NAME}} defined by neither the scenario's {@code for}, {@code variables} nor a
     * default, at the span of the string that uses it.
     */
    public static List<Diagnostic> undefinedVariables(Contract contract, Variables variables) {
        return VariableScopes.undefined(contract, variables);
    }

    /** Names that must come from outside: referenced without default and not bound by a matrix. */
    public static SortedSet<String> expectedVariables(Contract contract) {
        return VariableScopes.expected(contract);
    }

    private static ParseResult unreadable(String name, String message) {
        Diagnostic diagnostic = Diagnostic.error(message, Span.of(1, 1, 1));
        return new ParseResult(new SourceText(name, ""), Optional.empty(), List.of(diagnostic));
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
