package dev.plimsoll.grammar.compose;

import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code .env} and {@code env_file} syntax Compose reads: {@code NAME=value} lines, {@code #} comments
 * (after a space when unquoted), an optional {@code export}, single quotes literal, double quotes with
 * {@code \n \t \r \\ \"} escapes. Unquoted and double-quoted values are interpolated, with the names defined
 * above in the same file and then {@code outside}.
 */
final class DotEnv {
    private DotEnv() {}

    /** Values in file order; bad lines become errors at their line and are skipped. */
    record Read(Map<String, String> values, Map<String, Span> spans, List<Diagnostic> diagnostics) {}

    static Read parse(String text, Function<String, Optional<String>> outside) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Span> spans = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Function<String, Optional<String>> lookup =
                name -> values.containsKey(name) ? Optional.of(values.get(name)) : outside.apply(name);
        List<String> lines = text.lines().toList();
        for (int n = 0; n < lines.size(); n++) {
            String raw = lines.get(n);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int indent = raw.indexOf(line.charAt(0));
            if (line.startsWith("export ")) {
                indent += line.length() - line.substring(7).stripLeading().length();
                line = line.substring(7).stripLeading();
            }
            int equals = line.indexOf('=');
            String name = (equals < 0 ? line : line.substring(0, equals)).strip();
            Span span = Span.of(n + 1, indent + 1, name.length());
            if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                diagnostics.add(Diagnostic.error(
                        "'" + name + "' is not a variable name", span, "write NAME=value, one per line"));
                continue;
            }
            if (equals < 0) {
                continue; // a bare name sets nothing
            }
            String value = value(line.substring(equals + 1).strip(), lookup, span, diagnostics);
            values.put(name, value);
            spans.put(name, span);
        }
        return new Read(values, spans, diagnostics);
    }

    private static String value(
            String written, Function<String, Optional<String>> lookup, Span span, List<Diagnostic> diagnostics) {
        if (written.startsWith("'")) {
            int end = written.indexOf('\'', 1);
            return end < 0 ? written.substring(1) : written.substring(1, end);
        }
        String raw = written.startsWith("\"") ? doubleQuoted(written) : unquoted(written);
        Interpolation.Outcome outcome = Interpolation.interpolate(raw, lookup);
        if (outcome instanceof Interpolation.Failed failed) {
            diagnostics.add(Diagnostic.error(failed.message(), span));
            return "";
        }
        return ((Interpolation.Resolved) outcome).value();
    }

    private static String unquoted(String written) {
        int comment = written.indexOf(" #");
        return (comment < 0 ? written : written.substring(0, comment)).strip();
    }

    private static String doubleQuoted(String written) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\' && i + 1 < written.length()) {
                char next = written.charAt(++i);
                out.append(
                        switch (next) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            default -> next;
                        });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
