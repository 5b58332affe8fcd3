package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.Scenario;
import dev.plimsoll.grammar.ast.Setting;
import dev.plimsoll.grammar.ast.Step;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;

/** Settings apply when the container is created, so they must come before the first action or check. */
final class SettingOrderRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        for (Scenario scenario : contract.scenarios()) {
            check(scenario, report);
        }
    }

    private static void check(Scenario scenario, Consumer<Diagnostic> report) {
        Step firstRunning = null;
        for (Step step : scenario.steps()) {
            if (!(step instanceof Setting)) {
                firstRunning = firstRunning == null ? step : firstRunning;
                continue;
            }
            if (firstRunning != null) {
                report.accept(Diagnostic.error(
                        "setting '" + step.describe() + "' comes after the scenario started (line "
                                + firstRunning.span().line() + ")",
                        step.span(),
                        "settings apply when the container is created: move it above the first action or expectation"));
            }
        }
    }
}
