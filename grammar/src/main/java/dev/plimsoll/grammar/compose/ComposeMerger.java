package dev.plimsoll.grammar.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Merges an override onto a base as Compose does for {@code -f a -f b} and {@code extends}: mappings merge key
 * by key, sequences append, scalars are replaced; {@code command}, {@code entrypoint} and a healthcheck's
 * {@code test} are replaced whole; {@code ports} and {@code volumes} keep one entry per unique key (the later
 * wins); {@code environment}, {@code labels}, build {@code args} and list-form {@code depends_on} /
 * {@code networks} merge by name whichever form each file uses; {@code !reset} removes, {@code !override}
 * replaces.
 */
final class ComposeMerger {
    private static final Set<String> REPLACED = Set.of("command", "entrypoint", "test");
    private static final Set<String> BY_NAME = Set.of("environment", "labels", "args", "depends_on", "networks");

    private ComposeMerger() {}

    /** The merged value; empty when the override removes it with {@code !reset}. */
    static Optional<Yaml> merge(Yaml base, Yaml override, String key) {
        if (override.tag() == Yaml.MergeTag.RESET) {
            return Optional.empty();
        }
        if (override.tag() == Yaml.MergeTag.OVERRIDE || REPLACED.contains(key)) {
            return Optional.of(override);
        }
        if (BY_NAME.contains(key) && !(base instanceof Yaml.Scalar) && !(override instanceof Yaml.Scalar)) {
            return Optional.of(mappings(Named.asMapping(base), Named.asMapping(override)));
        }
        if (base instanceof Yaml.Mapping b && override instanceof Yaml.Mapping o) {
            return Optional.of(mappings(b, o));
        }
        if (base instanceof Yaml.Sequence b && override instanceof Yaml.Sequence o) {
            return Optional.of(sequences(b, o, key));
        }
        return Optional.of(override);
    }

    static Yaml.Mapping mappings(Yaml.Mapping base, Yaml.Mapping override) {
        Yaml.Mapping merged = base;
        for (Yaml.Entry entry : override.entries()) {
            Optional<Yaml> earlier = merged.get(entry.name());
            if (earlier.isEmpty()) {
                if (entry.value().tag() != Yaml.MergeTag.RESET) {
                    merged = merged.with(entry);
                }
                continue;
            }
            Optional<Yaml> value = merge(earlier.get(), entry.value(), entry.name());
            merged = value.isPresent()
                    ? merged.with(new Yaml.Entry(entry.key(), value.get()))
                    : merged.without(entry.name());
        }
        return merged;
    }

    private static Yaml.Sequence sequences(Yaml.Sequence base, Yaml.Sequence override, String key) {
        List<Yaml> items = new ArrayList<>(base.items());
        for (Yaml item : override.items()) {
            Optional<String> unique = uniqueKey(item, key);
            int earlier = -1;
            for (int i = 0; unique.isPresent() && i < items.size() && earlier < 0; i++) {
                earlier = uniqueKey(items.get(i), key).equals(unique) ? i : -1;
            }
            if (earlier >= 0) {
                items.set(earlier, item); // the same port or mount path: the later file's entry, in place
            } else {
                items.add(item);
            }
        }
        return new Yaml.Sequence(items, base.origin(), base.tag());
    }

    /** Ports are unique by address, host port, container port and protocol; volumes by container path. */
    private static Optional<String> uniqueKey(Yaml item, String key) {
        if (key.equals("ports")) {
            return PortSyntax.read(item).map(p -> p.uniqueKey());
        }
        if (key.equals("volumes")) {
            return MountSyntax.target(item);
        }
        return Optional.empty();
    }
}
