package dev.plimsoll.grammar.compose;

import dev.plimsoll.grammar.diag.Suggestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that {@code depends_on}, {@code links} name services that will start and form no cycle, and orders the
 * services so that each comes after what it depends on (otherwise in file order).
 */
final class DependencyOrder {
    private final Map<String, ComposeService> services = new LinkedHashMap<>();
    private final Map<String, List<String>> inactive;
    private final Report report;

    DependencyOrder(List<ComposeService> active, Map<String, List<String>> inactive, Report report) {
        active.forEach(s -> services.put(s.name(), s));
        this.inactive = Map.copyOf(inactive);
        this.report = report;
    }

    List<ComposeService> order() {
        for (ComposeService service : services.values()) {
            for (Dependency dependency : dependencies(service)) {
                known(service, dependency);
            }
        }
        List<ComposeService> ordered = new ArrayList<>();
        List<String> path = new ArrayList<>();
        for (ComposeService service : services.values()) {
            visit(service, path, ordered);
        }
        return ordered;
    }

    private void known(ComposeService service, Dependency dependency) {
        String name = dependency.service();
        if (services.containsKey(name)) {
            return;
        }
        if (inactive.containsKey(name)) {
            List<String> profiles = inactive.get(name);
            report.error(
                    "service '" + service.name() + "' depends on '" + name + "', whose profile is not chosen ("
                            + String.join(", ", profiles) + ")",
                    dependency.origin(),
                    "choose it in the contract: services from \"...\" profile \"" + profiles.get(0) + "\"");
            return;
        }
        report.error(
                "service '" + service.name() + "' depends on unknown service '" + name + "'",
                dependency.origin(),
                Suggestion.closest(name, services.keySet()).map(s -> "did you mean '" + s + "'?"));
    }

    private void visit(ComposeService service, List<String> path, List<ComposeService> ordered) {
        if (ordered.contains(service)) {
            return;
        }
        path.add(service.name());
        for (Dependency dependency : dependencies(service)) {
            ComposeService next = services.get(dependency.service());
            if (next == null) {
                continue;
            }
            int start = path.indexOf(next.name());
            if (start >= 0) {
                List<String> cycle = new ArrayList<>(path.subList(start, path.size()));
                cycle.add(next.name());
                report.error("a cycle in depends_on: " + String.join(" -> ", cycle), dependency.origin());
                continue;
            }
            visit(next, path, ordered);
        }
        path.remove(path.size() - 1);
        if (!ordered.contains(service)) {
            ordered.add(service);
        }
    }

    /** {@code depends_on}, and {@code links} as started dependencies. */
    static List<Dependency> dependencies(ComposeService service) {
        List<Dependency> all = new ArrayList<>(service.dependsOn());
        for (Link link : service.links()) {
            if (all.stream().noneMatch(d -> d.service().equals(link.service()))) {
                all.add(new Dependency(link.service(), Dependency.Condition.SERVICE_STARTED, link.origin()));
            }
        }
        return all;
    }
}
