package dev.plimsoll.runner.importer;

import dev.plimsoll.grammar.diag.Diagnostic;
import dev.plimsoll.grammar.diag.DiagnosticRenderer;
import dev.plimsoll.grammar.diag.SourceText;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an import gives: the contract with the number of checks written and the keys skipped, or the errors in the
 * spec file (then no contract).
 */
public record Imported(String contract, int checks, List<Skipped> skipped, List<Diagnostic> errors, SourceText source) {
    public Imported {
        skipped = List.copyOf(skipped);
        errors = List.copyOf(errors);
    }

    public boolean failed() {
        return !errors.isEmpty();
    }

    /** The errors in the house format: file:line:column, the line, a caret. */
    public String renderErrors() {
        DiagnosticRenderer renderer = new DiagnosticRenderer(source);
        return errors.stream().map(renderer::render).collect(Collectors.joining("\n"));
    }
}
