package dev.plimsoll.grammar.ast;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of a scenario: the variables its matrix binds (in axis order) and the name shown in reports,
 * e.g. {@code greeting is configurable [GREETING=hi]}.
 */
public record ScenarioInstance(Scenario scenario, Map<String, String> bindings, String displayName) {
    public ScenarioInstance {
        bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
    }
}
