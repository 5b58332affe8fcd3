package dev.plimsoll.engine.descriptor;

import dev.plimsoll.engine.EngineConfiguration;
import dev.plimsoll.engine.Secrets;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.EnvSetting;
import dev.plimsoll.grammar.ast.Header;
import dev.plimsoll.grammar.ast.Nodes;
import dev.plimsoll.grammar.ast.Scenario;
import dev.plimsoll.grammar.ast.ScenarioInstance;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.VariableRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;

/**
 * Finds the secrets of a run before it starts: variables with a secret name, and every value that a secret name
 * gives a container ({@code env}) or a request ({@code header}), resolved as the run will resolve it (with each
 * matrix case's bindings too). See {@link Secrets} for what makes a name secret.
 */
public final class ContractSecrets {

    private ContractSecrets() {}

    /** The secrets of every contract below {@code root}, and of the configuration's variables. */
    public static Secrets of(TestDescriptor root, EngineConfiguration configuration) {
        Set<String> marked = configuration.secretNames();
        Set<String> values = new LinkedHashSet<>();
        configuration.variables().forEach((name, value) -> {
            if (Secrets.isSecretName(name, marked)) {
                values.add(value);
            }
        });
        Variables outside = configuration.contractVariables();
        for (TestDescriptor node : root.getDescendants()) {
            if (node instanceof ContractDescriptor contract
                    && contract.parsed().contract().isPresent()) {
                values.addAll(values(contract.contract(), outside, marked));
            }
        }
        return Secrets.of(values);
    }

    static Set<String> values(Contract contract, Variables outside, Set<String> marked) {
        List<Variables> scopes = scopes(contract, outside);
        Set<String> values = new LinkedHashSet<>();
        for (Text text : Nodes.all(contract, Text.class)) {
            for (var part : text.parts()) {
                if (part instanceof VariableRef ref && Secrets.isSecretName(ref.name(), marked)) {
                    scopes.forEach(scope -> scope.lookup(ref.name()).ifPresent(values::add));
                }
            }
        }
        for (EnvSetting env : Nodes.all(contract, EnvSetting.class)) {
            if (Secrets.isSecretName(env.name(), marked)) {
                scopes.forEach(scope -> values.add(env.value().resolve(scope)));
            }
        }
        for (Header header : Nodes.all(contract, Header.class)) {
            for (Variables scope : scopes) {
                if (Secrets.isSecretName(header.name().resolve(scope), marked)) {
                    values.add(header.value().resolve(scope));
                }
            }
        }
        values.removeIf(String::isBlank);
        return values;
    }

    // what ${NAME} can mean in this contract: the outside, and each matrix case on top of it
    private static List<Variables> scopes(Contract contract, Variables outside) {
        List<Variables> scopes = new ArrayList<>(List.of(outside));
        for (Scenario scenario : contract.scenarios()) {
            if (!scenario.matrix().isEmpty()) {
                for (ScenarioInstance instance : scenario.expand()) {
                    scopes.add(outside.with(instance.bindings()));
                }
            }
        }
        return scopes;
    }
}
