package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;

/** Scenario names identify tests in reports: each must be unique. */
final class DuplicateScenarioRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        Firsts.reportRepeats(contract.scenarios(), s -> s.name().literalValue(), "scenario", report);
    }
}
