package dev.plimsoll.grammar.diag;

import dev.plimsoll.grammar.ast.Span;
import java.util.Optional;

/** A problem in a contract, at its place in the source, with an optional hint how to fix it. */
public record Diagnostic(Severity severity, String message, Span span, Optional<String> hint) {

    public static Diagnostic error(String message, Span span) {
        return new Diagnostic(Severity.ERROR, message, span, Optional.empty());
    }

    public static Diagnostic error(String message, Span span, String hint) {
        return new Diagnostic(Severity.ERROR, message, span, Optional.of(hint));
    }

    public static Diagnostic warning(String message, Span span) {
        return new Diagnostic(Severity.WARNING, message, span, Optional.empty());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
