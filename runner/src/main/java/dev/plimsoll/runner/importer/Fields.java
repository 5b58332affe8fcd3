package dev.plimsoll.runner.importer;

import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Typed reads of spec values. A value of the wrong type is a located error (the spec file is broken, as the
 * tool itself would say); every read names the key path, which is also how skipped keys are named.
 */
final class Fields {
    private final Consumer<Diagnostic> report;

    Fields(Consumer<Diagnostic> report) {
        this.report = report;
    }

    Optional<YamlValue.Mapping> mapping(YamlValue value, String key) {
        if (value instanceof YamlValue.Mapping mapping) {
            return Optional.of(mapping);
        }
        if (isNull(value)) {
            return Optional.of(new YamlValue.Mapping(List.of(), value.span()));
        }
        return wrong(value, key, "a mapping");
    }

    /** A list; YAML null is an empty list, as both tools read it. */
    Optional<List<YamlValue>> list(YamlValue value, String key) {
        if (value instanceof YamlValue.Sequence sequence) {
            return Optional.of(sequence.items());
        }
        if (isNull(value)) {
            return Optional.of(List.of());
        }
        return wrong(value, key, "a list");
    }

    Optional<String> string(YamlValue value, String key) {
        if (value instanceof YamlValue.Scalar scalar && scalar.value() != null) {
            return Optional.of(scalar.text());
        }
        return wrong(value, key, "a string");
    }

    Optional<List<String>> strings(YamlValue value, String key) {
        Optional<List<YamlValue>> items = list(value, key);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            Optional<String> text = string(items.get().get(i), key + "[" + i + "]");
            if (text.isEmpty()) {
                return Optional.empty();
            }
            texts.add(text.get());
        }
        return Optional.of(texts);
    }

    Optional<Boolean> bool(YamlValue value, String key) {
        if (value instanceof YamlValue.Scalar scalar && scalar.plain()) {
            String text = scalar.text().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return Optional.of(text.equals("true"));
            }
        }
        return wrong(value, key, "true or false");
    }

    Optional<Integer> integer(YamlValue value, String key) {
        if (value instanceof YamlValue.Scalar scalar
                && scalar.plain()
                && scalar.text().matches("-?\\d{1,9}")) {
            return Optional.of(Integer.parseInt(scalar.text()));
        }
        return wrong(value, key, "a whole number");
    }

    /** A required key that is not there: the spec is broken, as the tool itself would say. */
    void missing(YamlValue where, String key) {
        report.accept(Diagnostic.error(key + " is required", where.span()));
    }

    private static boolean isNull(YamlValue value) {
        return value instanceof YamlValue.Scalar scalar && scalar.value() == null;
    }

    private <T> Optional<T> wrong(YamlValue value, String key, String expected) {
        report.accept(Diagnostic.error(key + " must be " + expected + ", not " + describe(value), value.span()));
        return Optional.empty();
    }

    private static String describe(YamlValue value) {
        if (value instanceof YamlValue.Mapping) {
            return "a mapping";
        }
        if (value instanceof YamlValue.Sequence) {
            return "a list";
        }
        YamlValue.Scalar scalar = (YamlValue.Scalar) value;
        return scalar.value() == null ? "nothing" : "'" + scalar.text() + "'";
    }
}
