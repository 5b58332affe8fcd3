package dev.plimsoll.grammar.compose;

import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects diagnostics about Compose files. A merged service mixes values from several files, so each
 * diagnostic is located by the {@link Origin} of the value it is about, which names its file.
 */
final class Report {
    private final List<ComposeDiagnostic> diagnostics = new ArrayList<>();

    void error(String message, Origin origin) {
        add(origin, Diagnostic.error(message, origin.span()));
    }

    void error(String message, Origin origin, String hint) {
        add(origin, Diagnostic.error(message, origin.span(), hint));
    }

    void error(String message, Origin origin, Optional<String> hint) {
        add(
                origin,
                hint.map(h -> Diagnostic.error(message, origin.span(), h))
                        .orElseGet(() -> Diagnostic.error(message, origin.span())));
    }

    void warning(String message, Origin origin) {
        add(origin, Diagnostic.warning(message, origin.span()));
    }

    void add(ComposeDiagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    private void add(Origin origin, Diagnostic diagnostic) {
        diagnostics.add(new ComposeDiagnostic(origin.file(), diagnostic));
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(ComposeDiagnostic::isError);
    }

    List<ComposeDiagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
