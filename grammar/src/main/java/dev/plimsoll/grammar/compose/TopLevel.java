package dev.plimsoll.grammar.compose;

import dev.plimsoll.grammar.diag.Suggestion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The keys of a Compose file's top level, the version 1 ({@code fig.yml}) layout, and named volumes. */
final class TopLevel {
    private static final Set<String> KEYS = Set.of("version", "name", "services", "volumes", "networks");
    private static final Set<String> IGNORED = Set.of("secrets", "configs");
    private static final Set<String> SERVICE_HINTS = Set.of("image", "build");

    private TopLevel() {}

    /**
     * The file with its services under {@code services:}. A version 1 file has them at the top level: it is
     * read as if they were under {@code services:} (its {@code links:} work), with a note saying so.
     */
    static Yaml.Mapping normalize(Yaml.Mapping top, Report report) {
        if (top.get("services").isEmpty() && isVersionOne(top)) {
            report.warning(
                    "version 1 layout (services at the top level, as in fig.yml): read as if under 'services:'",
                    top.origin());
            Yaml.Scalar key = Yaml.Scalar.of("services", top.origin());
            return new Yaml.Mapping(List.of(new Yaml.Entry(key, top)), top.origin(), top.tag());
        }
        for (Yaml.Entry entry : top.entries()) {
            String key = entry.name();
            if (KEYS.contains(key) || key.startsWith("x-")) {
                continue;
            }
            if (IGNORED.contains(key)) {
                report.warning(
                        "top-level '" + key + "' is ignored: plimsoll mounts no secrets or configs",
                        entry.key().origin());
            } else if (key.equals("include")) {
                report.error(
                        "'include' is not supported",
                        entry.key().origin(),
                        "name every file after 'services from', in merge order");
            } else {
                report.error(
                        "unknown top-level key '" + key + "'",
                        entry.key().origin(),
                        Suggestion.closest(key, KEYS).map(s -> "did you mean '" + s + "'?"));
            }
        }
        return top;
    }

    private static boolean isVersionOne(Yaml.Mapping top) {
        return !top.entries().isEmpty()
                && top.entries().stream().noneMatch(e -> KEYS.contains(e.name()))
                && top.entries().stream()
                        .allMatch(e -> e.name().startsWith("x-")
                                || (e.value() instanceof Yaml.Mapping m
                                        && m.entries().stream().anyMatch(x -> SERVICE_HINTS.contains(x.name()))));
    }

    /** Top-level named volumes; an external one is refused, it would carry data from one scenario to the next. */
    static Map<String, Origin> volumes(Yaml.Mapping top, Report report) {
        Map<String, Origin> volumes = new LinkedHashMap<>();
        if (top.get("volumes").orElse(null) instanceof Yaml.Mapping declared) {
            for (Yaml.Entry entry : declared.entries()) {
                if (entry.value() instanceof Yaml.Mapping options
                        && options.get("external").orElse(null) instanceof Yaml.Scalar external
                        && external.text().equals("true")) {
                    report.error(
                            "external volume '" + entry.name() + "' is not supported: each scenario gets fresh "
                                    + "volumes",
                            external.origin());
                    continue;
                }
                volumes.put(entry.name(), entry.key().origin());
            }
        }
        return volumes;
    }
}
