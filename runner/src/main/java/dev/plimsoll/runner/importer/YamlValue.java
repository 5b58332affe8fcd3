package dev.plimsoll.runner.importer;

import dev.plimsoll.grammar.ast.Span;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A YAML value as read, with where it starts, so that every problem and every skipped key can be located. */
sealed interface YamlValue permits YamlValue.Scalar, YamlValue.Sequence, YamlValue.Mapping {
    Span span();

    default int line() {
        return span().line();
    }

    /** {@code value} is null for YAML null; {@code plain} is false for quoted scalars ("true" is a string). */
    record Scalar(@Nullable String value, boolean plain, Span span) implements YamlValue {
        String text() {
            return value == null ? "" : value;
        }
    }

    record Sequence(List<YamlValue> items, Span span) implements YamlValue {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    record Entry(Scalar key, YamlValue value) {
        String name() {
            return key.text();
        }
    }

    record Mapping(List<Entry> entries, Span span) implements YamlValue {
        public Mapping {
            entries = List.copyOf(entries);
        }

        Optional<YamlValue> get(String name) {
            return entries.stream()
                    .filter(e -> e.name().equals(name))
                    .map(Entry::value)
                    .findFirst();
        }
    }
}
