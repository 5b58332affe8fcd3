package dev.plimsoll.runner;

import dev.plimsoll.grammar.Contracts;
import dev.plimsoll.grammar.ParseResult;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.diag.DiagnosticRenderer;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Parses and validates a contract with the grammar facade; no Docker involved. */
final class GrammarContractChecker implements ContractChecker {

    @Override
    public CheckedContract check(Path file) {
        ParseResult result = Contracts.parse(file, DisplayPaths.of(file));
        SortedSet<String> expected =
                result.contract().map(Contracts::expectedVariables).orElseGet(TreeSet::new);
        return new CheckedContract(file, result.hasErrors(), result.render(), expected);
    }

    @Override
    public String undefinedVariables(Path file, Map<String, String> variables) {
        ParseResult result = Contracts.parse(file, DisplayPaths.of(file));
        if (result.hasErrors() || result.contract().isEmpty()) {
            return "";
        }
        Variables known = Variables.of(System.getenv()).with(variables);
        DiagnosticRenderer renderer = new DiagnosticRenderer(result.source());
        return Contracts.undefinedVariables(result.contract().get(), known).stream()
                .map(renderer::render)
                .collect(Collectors.joining("\n"));
    }
}
