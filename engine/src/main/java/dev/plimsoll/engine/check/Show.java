package dev.plimsoll.engine.check;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How values appear in mismatch messages: single-quoted, on one line, cut to a readable length. */
final class Show {

    /** Bodies and file contents are shown up to this many characters. */
    static final int LONG = 500;

    private Show() {}

    static String quote(String value) {
        return quote(value, LONG);
    }

    /** {@code 'value'} with control characters escaped, cut after {@code max} characters. */
    static String quote(String value, int max) {
        String cut = value.length() > max ? value.substring(0, max) : value;
        String suffix = cut.length() < value.length() ? "'... (" + value.length() + " chars)" : "'";
        return "'" + escape(cut) + suffix;
    }

    static String quoteAll(List<String> values) {
        if (values.isEmpty()) {
            return "none";
        }
        return values.stream().map(Show::quote).collect(Collectors.joining(", "));
    }

    /** {@code ["a", "b"]}, the exec form a Dockerfile uses. */
    static String argv(List<String> argv) {
        return argv.stream().map(arg -> "\"" + escape(arg) + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    /** Decimal units, one decimal place: {@code 312.4 MB}. */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes / 1000.0;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    static String mode(int mode) {
        return String.format(Locale.ROOT, "%04o", mode);
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < ' ' ? String.format(Locale.ROOT, "\\u%04x", (int) c) : c);
            }
        }
        return out.toString();
    }
}
