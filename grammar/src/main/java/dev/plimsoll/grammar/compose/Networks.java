package dev.plimsoll.grammar.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A service's {@code networks}, as a list of names or a mapping with {@code aliases}. */
final class Networks {
    private Networks() {}

    static List<NetworkAttachment> read(Optional<Yaml> yaml, Report report) {
        if (yaml.isEmpty()) {
            return List.of();
        }
        if (yaml.get() instanceof Yaml.Scalar) {
            report.error("'networks' must be a list or a mapping", yaml.get().origin());
            return List.of();
        }
        List<NetworkAttachment> networks = new ArrayList<>();
        for (Yaml.Entry entry : Named.asMapping(yaml.get()).entries()) {
            List<String> aliases = new ArrayList<>();
            if (entry.value() instanceof Yaml.Mapping options) {
                options.get("aliases").ifPresent(a -> aliases(a, aliases, report));
            }
            networks.add(
                    new NetworkAttachment(entry.name(), aliases, entry.key().origin()));
        }
        return networks;
    }

    private static void aliases(Yaml yaml, List<String> aliases, Report report) {
        if (!(yaml instanceof Yaml.Sequence list)) {
            report.error("'aliases' must be a list of names", yaml.origin());
            return;
        }
        for (Yaml item : list.items()) {
            if (item instanceof Yaml.Scalar s) {
                aliases.add(s.text());
            }
        }
    }
}
