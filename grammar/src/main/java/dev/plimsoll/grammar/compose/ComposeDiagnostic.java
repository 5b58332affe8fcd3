package dev.plimsoll.grammar.compose;

import dev.plimsoll.grammar.diag.Diagnostic;
import java.nio.file.Path;

/** A diagnostic about a Compose file (or its {@code .env} / {@code env_file}); its span is in {@code file}. */
public record ComposeDiagnostic(Path file, Diagnostic diagnostic) {
    public boolean isError() {
        return diagnostic.isError();
    }
}
