package dev.plimsoll.engine.docker;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The containers one scenario's Docker socket saw: each created through it, by its id (the scenario made them, so
 * they go with it), and each started through it that was made elsewhere, by the id or name its start request gave
 * (someone else's container, which is reported and left alone).
 */
final class SocketContainers {
    private final Set<String> ids = new LinkedHashSet<>();
    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> startedOnly = new LinkedHashSet<>();

    synchronized void created(String id, String name) {
        ids.add(id);
        if (!name.isEmpty()) {
            names.add(name);
        }
        startedOnly.removeIf(reference -> reference.equals(name) || id.startsWith(reference));
    }

    synchronized void started(String reference) {
        boolean made = names.contains(reference) || ids.stream().anyMatch(id -> id.startsWith(reference));
        if (!made) {
            startedOnly.add(reference);
        }
    }

    /** Created through the socket, in order. */
    synchronized List<String> created() {
        return List.copyOf(ids);
    }

    /** Started through the socket but created elsewhere, in order. */
    synchronized List<String> startedOnly() {
        return List.copyOf(startedOnly);
    }
}
