package dev.plimsoll.grammar.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compose's variable interpolation, in one place. {@code $$} is a literal dollar; {@code $NAME} and
 * {@code ${NAME}} substitute; in braces {@code :-} and {@code -} give a default (when unset or empty / when
 * unset), {@code :?} and {@code ?} make the value required, {@code :+} and {@code +} give a replacement when
 * set. Defaults, messages and replacements may hold references themselves. A {@code $} that starts no valid
 * reference is kept as it is. An unset name without default becomes empty and is reported as unset.
 */
public final class Interpolation {
    private final Function<String, Optional<String>> lookup;
    private final List<String> unset = new ArrayList<>();

    private Interpolation(Function<String, Optional<String>> lookup) {
        this.lookup = lookup;
    }

    /** What interpolating one string gave: its value and the names that were unset, or a failure. */
    public sealed interface Outcome permits Resolved, Failed {}

    /** The value, and the names used without a value or default (Compose warns about them). */
    public record Resolved(String value, List<String> unset) implements Outcome {
        public Resolved {
            unset = List.copyOf(unset);
        }
    }

    /** A required value is missing or a reference is malformed; {@code offset} is where its {@code $} is. */
    public record Failed(String message, int offset, int length) implements Outcome {}

    public static Outcome interpolate(String text, Function<String, Optional<String>> lookup) {
        Interpolation interpolation = new Interpolation(lookup);
        try {
            return new Resolved(interpolation.expand(text, 0), interpolation.unset);
        } catch (Failure failure) {
            return new Failed(failure.problem, failure.offset, failure.length);
        }
    }

    /** Bad input is carried out of the recursion by this, and turned into {@link Failed} above. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String problem;
        final int offset;
        final int length;

        Failure(String message, int offset, int length) {
            super(message, null, false, false);
            this.problem = message;
            this.offset = offset;
            this.length = length;
        }
    }

    /** {@code base} is where {@code text} starts in the outermost string, for offsets in failures. */
    private String expand(String text, int base) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c != '$' || (next != '$' && next != '{' && !isNameStart(next))) {
                out.append(c);
                i++;
            } else if (next == '$') {
                out.append('$');
                i += 2;
            } else if (next == '{') {
                int end = closingBrace(text, i + 2);
                if (end < 0) {
                    throw new Failure(
                            "unclosed reference '" + text.substring(i) + "': add '}'", base + i, text.length() - i);
                }
                out.append(braced(text.substring(i + 2, end), base + i, end + 1 - i));
                i = end + 1;
            } else {
                int end = nameEnd(text, i + 1);
                out.append(value(text.substring(i + 1, end)));
                i = end;
            }
        }
        return out.toString();
    }

    private String braced(String inner, int offset, int length) {
        int nameEnd = inner.isEmpty() || !isNameStart(inner.charAt(0)) ? 0 : nameEnd(inner, 0);
        String name = inner.substring(0, nameEnd);
        String rest = inner.substring(nameEnd);
        if (name.isEmpty()) {
            throw invalid(inner, offset, length);
        }
        if (rest.isEmpty()) {
            return value(name);
        }
        boolean colon = rest.startsWith(":");
        String operator = colon ? rest.substring(0, Math.min(2, rest.length())) : rest.substring(0, 1);
        String word = rest.substring(operator.length());
        int wordOffset = offset + 2 + nameEnd + operator.length();
        Optional<String> found = lookup.apply(name);
        boolean present = found.isPresent() && (!colon || !found.get().isEmpty());
        switch (operator.charAt(operator.length() - 1)) {
            case '-':
                return present ? found.get() : expand(word, wordOffset);
            case '+':
                return present ? expand(word, wordOffset) : "";
            case '?':
                if (present) {
                    return found.get();
                }
                String message = expand(word, wordOffset);
                String why = colon && found.isPresent() ? "' is empty" : "' is not set";
                throw new Failure("'" + name + why + (message.isEmpty() ? "" : ": " + message), offset, length);
            default:
                throw invalid(inner, offset, length);
        }
    }

    private static Failure invalid(String inner, int offset, int length) {
        return new Failure(
                "invalid reference '${" + inner + "}': write ${NAME}, ${NAME:-default}, ${NAME-default}, "
                        + "${NAME:?message}, ${NAME?message}, ${NAME:+replacement} or $$ for a dollar sign",
                offset,
                length);
    }

    private String value(String name) {
        Optional<String> found = lookup.apply(name);
        if (found.isEmpty() && !unset.contains(name)) {
            unset.add(name);
        }
        return found.orElse("");
    }

    /** The index of the brace closing the one opened before {@code from}, counting nested references. */
    private static int closingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                i++;
            } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                depth++;
                i++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int nameEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (isNameStart(text.charAt(i)) || (text.charAt(i) >= '0' && text.charAt(i) <= '9'))) {
            i++;
        }
        return i;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
