package dev.plimsoll.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The moments of a scenario prepared ahead, held until its test has started: the JUnit Platform takes report entries
 * only from a test that is running. Each moment carries its own time ({@link ContainerEvents#AT}).
 */
final class HeldEvents implements ContainerEvents {
    private final List<Map<String, String>> held = new ArrayList<>();
    private @Nullable ContainerEvents target;

    @Override
    public synchronized void publish(Map<String, String> entry) {
        if (target == null) {
            held.add(entry);
        } else {
            target.publish(entry);
        }
    }

    /** Publishes what was held to {@code events}, and every later moment as it happens. */
    synchronized void release(ContainerEvents events) {
        held.forEach(events::publish);
        held.clear();
        target = events;
    }
}
