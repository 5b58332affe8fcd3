package dev.plimsoll.runner;

import dev.plimsoll.grammar.Contracts;
import dev.plimsoll.grammar.ParseResult;
import dev.plimsoll.grammar.compose.ComposeContracts;
import dev.plimsoll.grammar.diag.DiagnosticRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Parses and validates a contract with the grammar facade, and the Compose files it names (their
 * diagnostics located in those files); no Docker involved.
 */
final class GrammarContractChecker implements ContractChecker {

    @Override
    public CheckedContract check(Path file) {
        return checked(file, Contracts.parse(file, DisplayPaths.of(file)));
    }

    @Override
    public CheckedContract check(Path file, String text) {
        return checked(file, Contracts.parse(DisplayPaths.of(file), text));
    }

    private static CheckedContract checked(Path file, ParseResult result) {
        SortedSet<String> expected =
                result.contract().map(Contracts::expectedVariables).orElseGet(TreeSet::new);
        List<FileDiagnostic> diagnostics = new ArrayList<>();
        result.diagnostics().forEach(d -> diagnostics.add(new FileDiagnostic(file, d)));
        Optional<ComposeContracts.Checked> compose = result.contract()
                .flatMap(contract -> ComposeContracts.check(contract, directory(file), Map.of(), System.getenv()));
        if (compose.isEmpty()) {
            return new CheckedContract(file, result.hasErrors(), result.render(), expected, diagnostics);
        }
        List<String> rendered = new ArrayList<>();
        if (!result.render().isEmpty()) {
            rendered.add(result.render());
        }
        DiagnosticRenderer renderer = new DiagnosticRenderer(result.source());
        compose.get().contractDiagnostics().forEach(d -> {
            rendered.add(renderer.render(d));
            diagnostics.add(new FileDiagnostic(file, d));
        });
        compose.get().compose().ifPresent(c -> {
            String text = c.render(DisplayPaths::of);
            if (!text.isEmpty()) {
                rendered.add(text);
            }
            c.diagnostics().forEach(d -> diagnostics.add(new FileDiagnostic(d.file(), d.diagnostic())));
        });
        boolean errors = result.hasErrors() || compose.get().hasErrors();
        return new CheckedContract(file, errors, String.join("\n", rendered), expected, diagnostics);
    }

    private static Path directory(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("") : parent;
    }
}
