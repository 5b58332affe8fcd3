package dev.plimsoll.grammar.parser;

import dev.plimsoll.grammar.ast.Literal;
import dev.plimsoll.grammar.ast.Regex;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.TextPart;
import dev.plimsoll.grammar.ast.VariableRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/** Decodes string and regex tokens: escapes and {@code ${NAME}} / {@code ${NAME:-default}} references. */
final class TextReader {
    private final Problems problems;

    TextReader(Problems problems) {
        this.problems = problems;
    }

    Text text(Token token) {
        String raw = token.getText();
        String body = raw.substring(1, raw.length() - 1);
        List<TextPart> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\') {
                i = escape(token, body, i, literal);
            } else if (c == '$' && i + 1 < body.length() && body.charAt(i + 1) == '{') {
                flush(literal, parts);
                i = reference(token, body, i, parts);
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(literal, parts);
        return new Text(parts, Spans.of(token));
    }

    /** {@code /body/flags}: flags i, m, s and x become the pattern's inline flags, e.g. {@code (?i)ready}. */
    Regex regex(Token token) {
        String raw = token.getText();
        int close = raw.lastIndexOf('/');
        String pattern = raw.substring(1, close).replace("\\/", "/");
        String flags = raw.substring(close + 1);
        if (flags.isEmpty()) {
            return new Regex(pattern, Spans.of(token));
        }
        String unknown = flags.replaceAll("[imsx]", "");
        if (!unknown.isEmpty()) {
            problems.error(
                    "unknown regex flag '" + unknown.charAt(0) + "' in '" + raw + "'",
                    Spans.inside(token, close + 1, raw.length()),
                    "flags are i (ignore case), m (multiline), s (. matches newlines) and x (comments)");
        }
        String known = flags.replaceAll("[^imsx]", "")
                .chars()
                .distinct()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return new Regex(known.isEmpty() ? pattern : "(?" + known + ")" + pattern, Spans.of(token));
    }

    private static void flush(StringBuilder literal, List<TextPart> parts) {
        if (literal.length() > 0) {
            parts.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    private int escape(Token token, String body, int at, StringBuilder out) {
        char next = body.charAt(at + 1); // the lexer guarantees a character after a backslash
        switch (next) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case '"', '\\', '$' -> out.append(next);
            default -> {
                problems.error(
                        "unknown escape '\\" + next + "' in string",
                        Spans.inside(token, at + 1, at + 3),
                        "escapes are \\n \\t \\r \\\" \\\\ \\$; write \\\\ for a backslash");
                out.append(next);
            }
        }
        return at + 2;
    }

    /** Reads {@code ${...}} starting at {@code at}; returns the index after it. */
    private int reference(Token token, String body, int at, List<TextPart> parts) {
        int close = body.indexOf('}', at);
        if (close < 0) {
            problems.error(
                    "unclosed variable reference '" + body.substring(at) + "'",
                    Spans.inside(token, at + 1, body.length() + 1),
                    "write ${NAME} or ${NAME:-default}, or \\${ for a literal '${'");
            return body.length();
        }
        String inner = body.substring(at + 2, close);
        int colon = inner.indexOf(":-");
        String name = colon < 0 ? inner : inner.substring(0, colon);
        Optional<String> fallback = colon < 0 ? Optional.empty() : Optional.of(unescape(inner.substring(colon + 2)));
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            problems.error(
                    "bad variable name '" + name + "' in '${" + inner + "}'",
                    Spans.inside(token, at + 1, close + 2),
                    "names are letters, digits and _, not starting with a digit");
        }
        parts.add(new VariableRef(name, fallback));
        return close + 1;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 == value.length()) {
                out.append(c);
                continue;
            }
            char next = value.charAt(++i);
            out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next == 'r' ? '\r' : next);
        }
        return out.toString();
    }
}
