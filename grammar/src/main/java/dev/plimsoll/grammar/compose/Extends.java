package dev.plimsoll.grammar.compose;

import dev.plimsoll.grammar.diag.Suggestion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves {@code extends: NAME} and {@code extends: {service: NAME, file: OTHER.yml}} in one file's services:
 * the extended service (itself resolved first) is the base, the extending service merges onto it.
 */
final class Extends {
    private final Function<Path, Optional<Yaml.Mapping>> servicesOf;
    private final Report report;

    /** {@code servicesOf} reads another file's {@code services:} (relative paths in it relative to it). */
    Extends(Function<Path, Optional<Yaml.Mapping>> servicesOf, Report report) {
        this.servicesOf = servicesOf;
        this.report = report;
    }

    Yaml.Mapping resolve(Yaml.Mapping services, Path file) {
        Yaml.Mapping resolved = services;
        for (Yaml.Entry entry : services.entries()) {
            Optional<Yaml> service = resolve(entry.name(), services, file, new ArrayList<>());
            resolved = service.isPresent()
                    ? resolved.with(new Yaml.Entry(entry.key(), service.get()))
                    : resolved.without(entry.name());
        }
        return resolved;
    }

    private Optional<Yaml> resolve(String name, Yaml.Mapping services, Path file, List<String> chain) {
        Optional<Yaml> found = services.get(name);
        if (found.isEmpty() || !(found.get() instanceof Yaml.Mapping service)) {
            return found;
        }
        Optional<Yaml> written = service.get("extends");
        if (written.isEmpty()) {
            return found;
        }
        String here = file + "#" + name;
        if (chain.contains(here)) {
            report.error(
                    "'extends' of service '" + name + "' comes back to itself",
                    written.get().origin());
            return Optional.empty();
        }
        chain.add(here);
        Optional<String> baseName = text(written.get(), "service");
        Optional<String> baseFile = written.get() instanceof Yaml.Mapping m ? text(m, "file") : Optional.empty();
        if (baseName.isEmpty()) {
            report.error(
                    "'extends' names no service",
                    written.get().origin(),
                    "write extends: NAME or " + "extends: { service: NAME, file: other.yml }");
            return Optional.empty();
        }
        Path baseFilePath =
                baseFile.map(f -> file.resolveSibling(f).normalize()).orElse(file);
        Optional<Yaml.Mapping> baseServices =
                baseFile.isPresent() ? servicesOf.apply(baseFilePath) : Optional.of(services);
        if (baseServices.isEmpty()) {
            report.error(
                    "cannot read '" + baseFile.orElse("") + "' named by 'extends'",
                    written.get().origin());
            return Optional.empty();
        }
        if (baseServices.get().get(baseName.get()).isEmpty()) {
            List<String> names =
                    baseServices.get().entries().stream().map(Yaml.Entry::name).toList();
            report.error(
                    "'extends' names unknown service '" + baseName.get() + "'",
                    written.get().origin(),
                    Suggestion.closest(baseName.get(), names).map(s -> "did you mean '" + s + "'?"));
            return Optional.empty();
        }
        Optional<Yaml> base = resolve(baseName.get(), baseServices.get(), baseFilePath, chain);
        if (base.isEmpty() || !(base.get() instanceof Yaml.Mapping baseMapping)) {
            return Optional.empty();
        }
        return Optional.of(ComposeMerger.mappings(baseMapping, service.without("extends")));
    }

    /** The scalar itself ({@code extends: NAME}) or the mapping's {@code key}. */
    private static Optional<String> text(Yaml yaml, String key) {
        if (yaml instanceof Yaml.Scalar s) {
            return Optional.of(s.text()).filter(t -> !t.isEmpty());
        }
        if (yaml instanceof Yaml.Mapping m && m.get(key).orElse(null) instanceof Yaml.Scalar s) {
            return Optional.of(s.text()).filter(t -> !t.isEmpty());
        }
        return Optional.empty();
    }
}
