package dev.plimsoll.grammar.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A YAML value as read, every part with its {@link Origin}; interpolated, not yet typed. */
sealed interface Yaml permits Yaml.Scalar, Yaml.Sequence, Yaml.Mapping {
    Origin origin();

    /** How an override file asked to merge: {@code !reset} removes, {@code !override} replaces. */
    MergeTag tag();

    enum MergeTag {
        MERGE,
        RESET,
        OVERRIDE
    }

    /** A scalar; {@code value} is null for YAML null ({@code ~} or nothing). */
    record Scalar(@Nullable String value, Origin origin, MergeTag tag) implements Yaml {
        static Scalar of(String value, Origin origin) {
            return new Scalar(value, origin, MergeTag.MERGE);
        }

        String text() {
            return value == null ? "" : value;
        }
    }

    record Sequence(List<Yaml> items, Origin origin, MergeTag tag) implements Yaml {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    record Entry(Scalar key, Yaml value) {
        String name() {
            return key.text();
        }
    }

    record Mapping(List<Entry> entries, Origin origin, MergeTag tag) implements Yaml {
        public Mapping {
            entries = List.copyOf(entries);
        }

        Optional<Yaml> get(String name) {
            return entry(name).map(Entry::value);
        }

        Optional<Entry> entry(String name) {
            return entries.stream().filter(e -> e.name().equals(name)).findFirst();
        }

        Mapping without(String name) {
            List<Entry> kept = new ArrayList<>(entries);
            kept.removeIf(e -> e.name().equals(name));
            return new Mapping(kept, origin, tag);
        }

        Mapping with(Entry entry) {
            List<Entry> changed = new ArrayList<>();
            boolean replaced = false;
            for (Entry e : entries) {
                if (e.name().equals(entry.name())) {
                    changed.add(entry);
                    replaced = true;
                } else {
                    changed.add(e);
                }
            }
            if (!replaced) {
                changed.add(entry);
            }
            return new Mapping(changed, origin, tag);
        }
    }
}
