package dev.plimsoll.grammar.validate;

import org.jspecify.annotations.Nullable;

/** The bracket shape of a JSONPath: balanced, closed, and nested no deeper than any real document needs. */
final class Brackets {
    static final int MAX_DEPTH = 32;

    private Brackets() {}

    /** What is wrong with the brackets and parentheses of {@code path} (outside quotes), or null. */
    static @Nullable String problem(String path) {
        StringBuilder open = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                open.append(c);
                if (open.length() > MAX_DEPTH) {
                    return "it is nested more than " + MAX_DEPTH + " levels deep";
                }
            } else if (c == ']' || c == ')') {
                char expected = c == ']' ? '[' : '(';
                if (open.length() == 0 || open.charAt(open.length() - 1) != expected) {
                    return "'" + c + "' at position " + (i + 1) + " closes nothing";
                }
                open.setLength(open.length() - 1);
            }
        }
        if (quote != 0) {
            return "a quote " + quote + " is not closed";
        }
        if (open.length() > 0) {
            char last = open.charAt(open.length() - 1);
            return "'" + last + "' is not closed with '" + (last == '[' ? ']' : ')') + "'";
        }
        return null;
    }
}
