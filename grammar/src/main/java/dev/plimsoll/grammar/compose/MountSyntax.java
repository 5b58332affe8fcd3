package dev.plimsoll.grammar.compose;

import java.util.List;
import java.util.Optional;

/**
 * A service {@code volumes} entry, short ({@code data:/var/lib/x}, {@code ./conf:/etc/x:ro}, {@code /cache})
 * or long ({@code type:}, {@code source:}, {@code target:}, {@code read_only:}).
 */
record MountSyntax(String type, String source, String target, boolean readOnly) {

    static Optional<MountSyntax> read(Yaml item) {
        if (item instanceof Yaml.Scalar scalar) {
            List<String> parts = List.of(scalar.text().strip().split(":", -1));
            if (parts.size() == 1) {
                return Optional.of(new MountSyntax("volume", "", parts.get(0), false));
            }
            String source = parts.get(0);
            boolean readOnly =
                    parts.size() > 2 && List.of(parts.get(2).split(",")).contains("ro");
            return Optional.of(new MountSyntax(isPath(source) ? "bind" : "volume", source, parts.get(1), readOnly));
        }
        if (item instanceof Yaml.Mapping mapping) {
            String type = text(mapping, "type");
            return Optional.of(new MountSyntax(
                    type.isEmpty() ? "volume" : type,
                    text(mapping, "source"),
                    text(mapping, "target"),
                    text(mapping, "read_only").equals("true")));
        }
        return Optional.empty();
    }

    static Optional<String> target(Yaml item) {
        return read(item).map(MountSyntax::target);
    }

    /** Compose reads a source as a host path when it starts like one, else as a volume name. */
    static boolean isPath(String source) {
        return source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
    }

    private static String text(Yaml.Mapping mapping, String key) {
        return mapping.get(key)
                .filter(Yaml.Scalar.class::isInstance)
                .map(v -> ((Yaml.Scalar) v).text())
                .orElse("");
    }
}
