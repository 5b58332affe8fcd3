package dev.plimsoll.grammar.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Compose lets {@code environment}, {@code labels}, build {@code args}, {@code depends_on} and
 * {@code networks} be a list ({@code NAME=value}, or just names) or a mapping; this gives the mapping form.
 */
final class Named {
    private Named() {}

    static Yaml.Mapping asMapping(Yaml yaml) {
        if (yaml instanceof Yaml.Mapping mapping) {
            return mapping;
        }
        List<Yaml.Entry> entries = new ArrayList<>();
        List<Yaml> items = yaml instanceof Yaml.Sequence s ? s.items() : List.of();
        for (Yaml item : items) {
            if (!(item instanceof Yaml.Scalar scalar)) {
                continue; // ServiceReader reports the shape
            }
            String text = scalar.text();
            int equals = text.indexOf('=');
            String name = equals < 0 ? text : text.substring(0, equals);
            Yaml.Scalar key = Yaml.Scalar.of(name, scalar.origin());
            Yaml.Scalar value = new Yaml.Scalar(
                    equals < 0 ? null : text.substring(equals + 1), scalar.origin(), Yaml.MergeTag.MERGE);
            entries.removeIf(e -> e.name().equals(name));
            entries.add(new Yaml.Entry(key, value));
        }
        return new Yaml.Mapping(entries, yaml.origin(), yaml.tag());
    }
}
