package dev.plimsoll.grammar;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;

/** The grammar module's entry point: {@code source -> parse -> AST -> validate}. */
public final class Contracts {
    private Contracts() {}

    /** Reads a UTF-8 file (BOM and CRLF allowed); an unreadable file becomes a diagnostic. */
    public static ParseResult parse(Path file) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Parses and validates {@code text}; {@code sourceName} is shown in diagnostics. */
    public static ParseResult parse(String sourceName, String text) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * An error for each {@code ${NAME}} defined by neither the scenario's {@code for}, {@code variables} nor a
     * default, at the span of the string that uses it.
     */
    public static List<Diagnostic> undefinedVariables(Contract contract, Variables variables) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Names that must come from outside: referenced without default and not bound by a matrix. */
    public static SortedSet<String> expectedVariables(Contract contract) {
        throw new UnsupportedOperationException("not yet");
    }
}
