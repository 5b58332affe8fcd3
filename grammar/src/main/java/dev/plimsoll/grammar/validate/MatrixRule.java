package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.MatrixAxis;
import dev.plimsoll.grammar.ast.Scenario;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;

/** Each {@code for} variable is bound once per scenario. */
final class MatrixRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        for (Scenario scenario : contract.scenarios()) {
            Firsts.reportRepeats(scenario.matrix(), MatrixAxis::variable, "matrix variable", report);
        }
    }
}
