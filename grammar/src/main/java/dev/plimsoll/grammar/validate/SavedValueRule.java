package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.MatrixAxis;
import dev.plimsoll.grammar.ast.Nodes;
import dev.plimsoll.grammar.ast.SaveValue;
import dev.plimsoll.grammar.ast.Scenario;
import dev.plimsoll.grammar.ast.Step;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A saved value exists from the end of the step that saves it: a reference in an earlier step, or in the saving
 * step itself (its own request), is an error. Matrix names and UNIQUE already have values and cannot be saved.
 */
final class SavedValueRule implements Rule {
    static final String UNIQUE = "UNIQUE";

    /** The index of the first step that saves a name, and its line. */
    private record FirstSave(int step, int line) {}

    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        for (Scenario scenario : contract.scenarios()) {
            check(scenario, report);
        }
    }

    private static void check(Scenario scenario, Consumer<Diagnostic> report) {
        Set<String> matrix =
                scenario.matrix().stream().map(MatrixAxis::variable).collect(Collectors.toSet());
        Map<String, FirstSave> firsts = new HashMap<>();
        List<Step> steps = scenario.steps();
        for (int i = 0; i < steps.size(); i++) {
            for (SaveValue save : Nodes.all(steps.get(i), SaveValue.class)) {
                if (matrix.contains(save.name()) || save.name().equals(UNIQUE)) {
                    report.accept(Diagnostic.error(
                            "'" + save.name() + "' cannot be saved: "
                                    + (matrix.contains(save.name())
                                            ? "it is a matrix variable of this scenario"
                                            : "UNIQUE is built in, a fresh value for each scenario run"),
                            save.span(),
                            "save it under another name"));
                    continue;
                }
                firsts.putIfAbsent(save.name(), new FirstSave(i, save.span().line()));
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            for (Text text : Nodes.all(steps.get(i), Text.class)) {
                for (String name : text.variables()) {
                    FirstSave first = firsts.get(name);
                    if (first != null && first.step() >= i) {
                        int line = first.line();
                        report.accept(Diagnostic.error(
                                "'" + name + "' is used before it is saved (line " + line + " saves it)",
                                text.spanOf(name),
                                first.step() == i
                                        ? "a step's own request runs before its saves: save it in an earlier step"
                                        : "move this step below line " + line));
                    }
                }
            }
        }
    }
}
