package dev.plimsoll.grammar;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.MatrixAxis;
import dev.plimsoll.grammar.ast.Nodes;
import dev.plimsoll.grammar.ast.SaveValue;
import dev.plimsoll.grammar.ast.Scenario;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Where {@code ${NAME}} can come from. Inside a scenario: its matrix, UNIQUE and the values its steps save (using
 * one too early is a validation error, not an undefined one). The subject and the services are prepared for each
 * scenario, so a name there is defined when every scenario binds it. {@code image has} and {@code file} checks run
 * outside any scenario: only outside values and defaults reach them, also through the subject's reference.
 */
final class VariableScopes {
    static final String UNIQUE = "UNIQUE";

    private VariableScopes() {}

    static List<Diagnostic> undefined(Contract contract, Variables variables) {
        List<Diagnostic> found = new ArrayList<>();
        for (Text text : outsideScenarios(contract)) {
            for (String name : text.variables()) {
                if (variables.lookup(name).isEmpty()) {
                    found.add(undefined(name, text));
                }
            }
        }
        for (Text text : perScenario(contract)) {
            for (String name : text.variables()) {
                if (variables.lookup(name).isEmpty()) {
                    perScenario(contract, name, text, found);
                }
            }
        }
        for (Scenario scenario : contract.scenarios()) {
            Set<String> bound = bound(scenario);
            for (Text text : Nodes.all(scenario, Text.class)) {
                for (String name : text.variables()) {
                    if (!bound.contains(name) && variables.lookup(name).isEmpty()) {
                        found.add(undefined(name, text));
                    }
                }
            }
        }
        return found;
    }

    private static void perScenario(Contract contract, String name, Text text, List<Diagnostic> found) {
        List<Scenario> lacking = contract.scenarios().stream()
                .filter(s -> !name.equals(UNIQUE) && !matrix(s).contains(name))
                .toList();
        if (lacking.size() == contract.scenarios().size() && !name.equals(UNIQUE)) {
            found.add(undefined(name, text)); // no scenario binds it: it is simply missing
            return;
        }
        if (!lacking.isEmpty()) {
            String names = lacking.stream()
                    .map(s -> "\"" + s.name().source() + "\" (line " + s.span().line() + ")")
                    .collect(Collectors.joining(", "));
            found.add(Diagnostic.error(
                    "'" + name + "' has no value in scenario " + names + ": its matrix does not bind it",
                    text.spanOf(name),
                    "bind it in every scenario (for " + name + " in ...), set it (--set " + name
                            + "=value) or give a default: ${" + name + ":-value}"));
        }
        if (usedBySubjectChecks(contract, text)) {
            found.add(Diagnostic.error(
                    "'" + name + "' has no value for 'image has' and 'file' checks, which run outside any scenario",
                    text.spanOf(name),
                    "give it a default for them: ${" + name + ":-value}"));
        }
    }

    /** The image read by {@code image has} and {@code file} is the subject's, with no scenario around it. */
    private static boolean usedBySubjectChecks(Contract contract, Text text) {
        boolean checked = contract.imageFacts().isPresent() || !contract.files().isEmpty();
        return checked && Nodes.all(contract.subject(), Text.class).contains(text);
    }

    static SortedSet<String> expected(Contract contract) {
        SortedSet<String> names = new TreeSet<>();
        outsideScenarios(contract).forEach(text -> names.addAll(text.variables()));
        for (Text text : perScenario(contract)) {
            for (String name : text.variables()) {
                boolean everywhere = name.equals(UNIQUE)
                        || (!contract.scenarios().isEmpty()
                                && contract.scenarios().stream()
                                        .allMatch(s -> matrix(s).contains(name)));
                if (!everywhere || usedBySubjectChecks(contract, text)) {
                    names.add(name);
                }
            }
        }
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
        texts.addAll(Nodes.all(contract.imageFacts(), Text.class));
        texts.addAll(Nodes.all(contract.files(), Text.class));
        return texts;
    }

    private static List<Text> perScenario(Contract contract) {
        List<Text> texts = new ArrayList<>();
        texts.addAll(Nodes.all(contract.subject(), Text.class));
        texts.addAll(Nodes.all(contract.services(), Text.class));
        return texts;
    }

    private static Set<String> matrix(Scenario scenario) {
        return scenario.matrix().stream().map(MatrixAxis::variable).collect(Collectors.toSet());
    }

    /** Matrix names, UNIQUE and saved names; the scenario's name and matrix values themselves cannot use them. */
    private static Set<String> bound(Scenario scenario) {
        Set<String> bound = new HashSet<>(matrix(scenario));
        bound.add(UNIQUE);
        Nodes.all(scenario.steps(), SaveValue.class).forEach(save -> bound.add(save.name()));
        return bound;
    }

    private static Diagnostic undefined(String name, Text text) {
        return Diagnostic.error(
                "undefined variable '" + name + "'",
                text.span(),
                "set it (--set " + name + "=value or the environment) or give a default: ${" + name + ":-value}");
    }
}
