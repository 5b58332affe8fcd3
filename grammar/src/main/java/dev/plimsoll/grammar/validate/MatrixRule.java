package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.MatrixAxis;
import dev.plimsoll.grammar.ast.Scenario;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;

/**
 * Each {@code for} variable is bound once per scenario, and never as the built-in UNIQUE; each of its values is
 * written once (two equal cases would share one name and one id, and one would be lost), and the matrix expands to
 * a bounded number of cases.
 */
final class MatrixRule implements Rule {
    /** More cases than any suite runs by hand; the product of a few long axes grows past memory quickly. */
    static final int MAX_CASES = 256;

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
            for (MatrixAxis axis : scenario.matrix()) {
                Firsts.reportRepeats(axis.values(), Text::literalValue, "value for " + axis.variable(), report);
            }
            bound(scenario, report);
        }
    }

    private static void bound(Scenario scenario, Consumer<Diagnostic> report) {
        long cases = 1;
        for (MatrixAxis axis : scenario.matrix()) {
            cases *= Math.max(1, axis.values().size());
            if (cases > MAX_CASES) {
                report.accept(Diagnostic.error(
                        "the matrix of scenario \"" + scenario.name().source() + "\" expands to more than " + MAX_CASES
                                + " cases",
                        Lines.head(scenario.span()),
                        "split it into several scenarios, or test fewer values"));
                return;
            }
        }
    }
}
