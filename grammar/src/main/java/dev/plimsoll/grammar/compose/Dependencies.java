package dev.plimsoll.grammar.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code depends_on} (list, or mapping with {@code condition}) and version 1 {@code links}. */
final class Dependencies {
    private Dependencies() {}

    static List<Dependency> read(Optional<Yaml> yaml, Report report) {
        if (yaml.isEmpty()) {
            return List.of();
        }
        if (yaml.get() instanceof Yaml.Scalar) {
            report.error(
                    "'depends_on' must be a list of services or a mapping",
                    yaml.get().origin());
            return List.of();
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (Yaml.Entry entry : Named.asMapping(yaml.get()).entries()) {
            Dependency.Condition condition = Dependency.Condition.SERVICE_STARTED;
            if (entry.value() instanceof Yaml.Mapping options
                    && options.get("condition").isPresent()) {
                Yaml written = options.get("condition").get();
                String text = written instanceof Yaml.Scalar s ? s.text() : "";
                Optional<Dependency.Condition> known = Dependency.Condition.of(text);
                if (known.isEmpty()) {
                    report.error(
                            "unknown condition '" + text + "' (expected one of: service_started, service_healthy, "
                                    + "service_completed_successfully)",
                            written.origin());
                    continue;
                }
                condition = known.get();
            }
            dependencies.add(new Dependency(entry.name(), condition, entry.key().origin()));
        }
        return dependencies;
    }

    static List<Link> links(Optional<Yaml> yaml, Report report) {
        List<Link> links = new ArrayList<>();
        List<Yaml> items = yaml.map(y -> y instanceof Yaml.Sequence s ? s.items() : List.of(y))
                .orElse(List.of());
        for (Yaml item : items) {
            if (!(item instanceof Yaml.Scalar scalar) || scalar.text().isEmpty()) {
                report.error("a link is written SERVICE or SERVICE:ALIAS", item.origin());
                continue;
            }
            String[] parts = scalar.text().split(":", 2);
            links.add(new Link(parts[0], parts.length > 1 ? parts[1] : parts[0], scalar.origin()));
        }
        return links;
    }
}
