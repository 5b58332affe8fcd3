package dev.plimsoll.engine.plan;

import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.ExpectRun;
import dev.plimsoll.grammar.ast.ScenarioInstance;
import dev.plimsoll.grammar.ast.Service;
import dev.plimsoll.grammar.ast.ServiceSettings;
import dev.plimsoll.grammar.ast.Setting;
import dev.plimsoll.grammar.ast.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One scenario instance, ready to run: the variables every step and container of it sees, the subject's settings,
 * the services in the order they start, and the steps (indexed as written, settings included).
 *
 * @param unique the value of {@code ${UNIQUE}} for this run of the scenario
 */
public record ScenarioPlan(
        ScenarioInstance instance,
        Variables variables,
        String unique,
        List<Setting> subjectSettings,
        List<ServicePlan> services,
        List<Step> steps) {

    public static final String UNIQUE = "UNIQUE";

    public ScenarioPlan {
        subjectSettings = List.copyOf(subjectSettings);
        services = List.copyOf(services);
        steps = List.copyOf(steps);
    }

    /**
     * Plans {@code instance} of {@code contract}: the runner's values ({@code outside}), then the matrix case, then a
     * fresh {@code UNIQUE}. Services see the same variables as the scenario.
     */
    public static ScenarioPlan of(Contract contract, ScenarioInstance instance, Variables outside, String unique) {
        Variables variables = outside.with(instance.bindings()).with(Map.of(UNIQUE, unique));
        List<Step> steps = instance.scenario().steps();
        List<Setting> settings = steps.stream()
                .filter(Setting.class::isInstance)
                .map(Setting.class::cast)
                .toList();
        List<ServiceSettings> forServices = settings.stream()
                .filter(ServiceSettings.class::isInstance)
                .map(ServiceSettings.class::cast)
                .toList();
        List<ServicePlan> services = contract.services().stream()
                .map(service -> new ServicePlan(
                        service.name(), service.subject(), withScenarios(service, forServices), service.waits()))
                .toList();
        List<Setting> subjectSettings = settings.stream()
                .filter(setting -> !(setting instanceof ServiceSettings))
                .toList();
        return new ScenarioPlan(instance, variables, unique, subjectSettings, services, steps);
    }

    /** A service's own settings, then what the scenario says for it ({@code service db { env ... }}): later wins. */
    private static List<Setting> withScenarios(Service service, List<ServiceSettings> forServices) {
        List<Setting> all = new ArrayList<>(service.settings());
        forServices.stream()
                .filter(settings -> settings.service().equals(service.name()))
                .forEach(settings -> all.addAll(settings.settings()));
        return all;
    }

    /**
     * Whether containers must reach each other by name: with services, or a client run ({@code expect run}). Others
     * skip the network: it costs two Docker calls and one of the engine's few address pools.
     */
    public boolean needsNetwork() {
        return !services.isEmpty() || steps.stream().anyMatch(ExpectRun.class::isInstance);
    }

    public ServicePlan service(String name) {
        return services.stream()
                .filter(service -> service.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no service " + name + " in the plan"));
    }
}
