package dev.plimsoll.grammar;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.diag.Diagnostic;
import dev.plimsoll.grammar.diag.DiagnosticRenderer;
import dev.plimsoll.grammar.diag.SourceText;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What parsing and validating a contract found: the contract when the syntax was readable, and every
 * diagnostic (syntax and validation) in source order.
 */
public record ParseResult(SourceText source, Optional<Contract> contract, List<Diagnostic> diagnostics) {
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Every diagnostic in the house format, joined by newline; empty when there are none. */
    public String render() {
        DiagnosticRenderer renderer = new DiagnosticRenderer(source);
        return diagnostics.stream().map(renderer::render).collect(Collectors.joining("\n"));
    }
}
