package dev.plimsoll.grammar.parser;

import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Diagnostics collected while reading one contract; reading goes on after each. */
final class Problems {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    void error(String message, Span span) {
        diagnostics.add(Diagnostic.error(message, span));
    }

    void error(String message, Span span, String hint) {
        diagnostics.add(Diagnostic.error(message, span, hint));
    }

    void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    boolean isEmpty() {
        return diagnostics.isEmpty();
    }

    List<Diagnostic> all() {
        return List.copyOf(diagnostics);
    }
}
