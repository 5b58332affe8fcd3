package dev.plimsoll.runner;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How {@code check} reports: for people (text, the default), for editors (json) or code scanning (sarif). */
enum CheckFormat {
    TEXT,
    JSON,
    SARIF;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the lower-case names people type, and says which there are otherwise. */
    static final class Converter implements ITypeConverter<CheckFormat> {
        @Override
        public CheckFormat convert(String value) {
            for (CheckFormat format : values()) {
                if (format.label().equals(value.toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
            throw new TypeConversionException("unknown format '" + value + "' (expected one of: "
                    + Arrays.stream(values()).map(CheckFormat::label).collect(Collectors.joining(", ")) + ")");
        }
    }
}
