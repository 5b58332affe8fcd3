package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.MatrixAxis;
import dev.plimsoll.grammar.ast.Scenario;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;

/** Each {@code for} variable is bound once per scenario, and never as the built-in UNIQUE. */
final class MatrixRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        for (Scenario scenario : contract.scenarios()) {
            Firsts.reportRepeats(scenario.matrix(), MatrixAxis::variable, "matrix variable", report);
            scenario.matrix().stream()
                    .filter(axis -> axis.variable().equals(SavedValueRule.UNIQUE))
                    .forEach(axis -> report.accept(Diagnostic.error(
                            "UNIQUE is built in and cannot be a matrix variable",
                            axis.span(),
                            "it is a fresh value for each scenario run: name the variable otherwise")));
        }
    }
}
