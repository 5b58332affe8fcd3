package dev.plimsoll.grammar;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.MatrixAxis;
import dev.plimsoll.grammar.ast.Nodes;
import dev.plimsoll.grammar.ast.Scenario;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Where {@code ${NAME}} can come from: a scenario's matrix inside it, else only the outside variables. */
final class VariableScopes {
    private VariableScopes() {}

    static List<Diagnostic> undefined(Contract contract, Variables variables) {
        List<Diagnostic> found = new ArrayList<>();
        for (Text text : outsideScenarios(contract)) {
            report(text, Set.of(), variables, found);
        }
        for (Scenario scenario : contract.scenarios()) {
            Set<String> bound = bound(scenario);
            for (Text text : Nodes.all(scenario, Text.class)) {
                report(text, bound, variables, found);
            }
        }
        return found;
    }

    static SortedSet<String> expected(Contract contract) {
        SortedSet<String> names = new TreeSet<>();
        outsideScenarios(contract).forEach(text -> names.addAll(text.variables()));
        for (Scenario scenario : contract.scenarios()) {
            Set<String> bound = bound(scenario);
            for (Text text : Nodes.all(scenario, Text.class)) {
                text.variables().stream().filter(n -> !bound.contains(n)).forEach(names::add);
            }
        }
        return names;
    }

    private static List<Text> outsideScenarios(Contract contract) {
        List<Text> texts = new ArrayList<>();
        texts.addAll(Nodes.all(contract.subject(), Text.class));
        texts.addAll(Nodes.all(contract.imageFacts(), Text.class));
        texts.addAll(Nodes.all(contract.files(), Text.class));
        texts.addAll(Nodes.all(contract.services(), Text.class));
        return texts;
    }

    /** Matrix names; the scenario's name and matrix values themselves cannot use them. */
    private static Set<String> bound(Scenario scenario) {
        return scenario.matrix().stream().map(MatrixAxis::variable).collect(Collectors.toSet());
    }

    private static void report(Text text, Set<String> bound, Variables variables, List<Diagnostic> found) {
        for (String name : text.variables()) {
            if (bound.contains(name) || variables.lookup(name).isPresent()) {
                continue;
            }
            found.add(Diagnostic.error(
                    "undefined variable '" + name + "'",
                    text.span(),
                    "set it (--set " + name + "=value or the environment) or give a default: ${" + name + ":-value}"));
        }
    }
}
