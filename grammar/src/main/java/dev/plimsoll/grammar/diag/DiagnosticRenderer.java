package dev.plimsoll.grammar.diag;

/**
 * Renders a diagnostic in the house format: {@code name:line:col: severity: message}, the source line with
 * its number, the token underlined with {@code ^~~~} (tabs kept so the caret lines up), then {@code hint:}.
 */
public final class DiagnosticRenderer {
    private final SourceText source;

    public DiagnosticRenderer(SourceText source) {
        this.source = source;
    }

    public String render(Diagnostic diagnostic) {
        throw new UnsupportedOperationException("not yet");
    }
}
