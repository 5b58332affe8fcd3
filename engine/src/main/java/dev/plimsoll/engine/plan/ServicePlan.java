package dev.plimsoll.engine.plan;

import dev.plimsoll.grammar.ast.Setting;
import dev.plimsoll.grammar.ast.Subject;
import dev.plimsoll.grammar.ast.WaitAction;
import java.util.List;

/** A service as one scenario starts it: its image, its settings (the scenario's own added) and its waits. */
public record ServicePlan(String name, Subject subject, List<Setting> settings, List<WaitAction> waits) {
    public ServicePlan {
        settings = List.copyOf(settings);
        waits = List.copyOf(waits);
    }
}
