package dev.plimsoll.engine.docker;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The containers made through one scenario's Docker socket: each created one by its id, and each started one that
 * was not created there (by the id or name its start request gave), once.
 */
final class SocketContainers {
    private final Set<String> ids = new LinkedHashSet<>();
    private final Set<String> names = new LinkedHashSet<>();
    private final List<String> startedElsewhere = new ArrayList<>();

    synchronized void created(String id, String name) {
        ids.add(id);
        if (!name.isEmpty()) {
            names.add(name);
        }
    }

    synchronized void started(String reference) {
        boolean known = names.contains(reference)
                || ids.stream().anyMatch(id -> id.startsWith(reference))
                || startedElsewhere.contains(reference);
        if (!known) {
            startedElsewhere.add(reference);
        }
    }

    synchronized List<String> all() {
        List<String> all = new ArrayList<>(ids);
        startedElsewhere.forEach(reference -> {
            if (!all.contains(reference)) {
                all.add(reference);
            }
        });
        return List.copyOf(all);
    }
}
