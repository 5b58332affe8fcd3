package dev.plimsoll.grammar.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** {@code build: DIR} or {@code build: {context, dockerfile, args, target}}; the context relative to the file. */
final class BuildReader {
    private static final Set<String> KEYS = Set.of("context", "dockerfile", "args", "target");

    private BuildReader() {}

    static Optional<ComposeBuild> read(Yaml yaml, Function<String, Optional<String>> variables, Report report) {
        if (yaml instanceof Yaml.Scalar scalar) {
            return context(scalar.text(), scalar.origin(), report)
                    .map(dir -> new ComposeBuild(dir, Optional.empty(), List.of(), Optional.empty(), yaml.origin()));
        }
        if (!(yaml instanceof Yaml.Mapping m)) {
            report.error("'build' must be a directory or a mapping", yaml.origin());
            return Optional.empty();
        }
        for (Yaml.Entry entry : m.entries()) {
            if (!KEYS.contains(entry.name())) {
                report.warning(
                        "'build." + entry.name() + "' is ignored: plimsoll builds with context, dockerfile, args and "
                                + "target",
                        entry.key().origin());
            }
        }
        Origin contextOrigin = m.get("context").map(Yaml::origin).orElse(m.origin());
        Optional<Path> context = context(text(m, "context").orElse("."), contextOrigin, report);
        List<EnvVar> args = new ArrayList<>();
        for (Yaml.Entry arg :
                m.get("args").map(Named::asMapping).map(Yaml.Mapping::entries).orElse(List.of())) {
            String name = arg.name();
            Optional<String> value =
                    arg.value() instanceof Yaml.Scalar s ? Optional.ofNullable(s.value()) : Optional.empty();
            args.add(new EnvVar(
                    name, value.or(() -> variables.apply(name)), arg.key().origin()));
        }
        return context.map(dir -> new ComposeBuild(dir, text(m, "dockerfile"), args, text(m, "target"), m.origin()));
    }

    private static Optional<Path> context(String written, Origin origin, Report report) {
        if (written.contains("://") || written.startsWith("git@")) {
            report.error(
                    "build context '" + written + "' is not a directory: plimsoll builds from local directories",
                    origin);
            return Optional.empty();
        }
        return Optional.of(
                origin.baseDirectory().resolve(written).toAbsolutePath().normalize());
    }

    private static Optional<String> text(Yaml.Mapping m, String key) {
        return m.get(key).filter(Yaml.Scalar.class::isInstance).map(y -> ((Yaml.Scalar) y).text());
    }
}
