package dev.plimsoll.runner.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/** Values written in contract syntax: strings, regexes and argument lists, escaped so they mean what they say. */
final class ContractText {
    /** Go's POSIX classes inside brackets; Java spells them {@code \p{Alpha}}. */
    private static final Map<String, String> POSIX_CLASSES = Map.ofEntries(
            Map.entry("alnum", "\\p{Alnum}"),
            Map.entry("alpha", "\\p{Alpha}"),
            Map.entry("ascii", "\\p{ASCII}"),
            Map.entry("blank", "\\p{Blank}"),
            Map.entry("cntrl", "\\p{Cntrl}"),
            Map.entry("digit", "\\p{Digit}"),
            Map.entry("graph", "\\p{Graph}"),
            Map.entry("lower", "\\p{Lower}"),
            Map.entry("print", "\\p{Print}"),
            Map.entry("punct", "\\p{Punct}"),
            Map.entry("space", "\\p{Space}"),
            Map.entry("upper", "\\p{Upper}"),
            Map.entry("word", "\\w"),
            Map.entry("xdigit", "\\p{XDigit}"));

    private static final Pattern POSIX_CLASS = Pattern.compile("\\[:(\\w+):]");

    private ContractText() {}

    /** A string literal: backslash, quote and dollar escaped, so {@code $HOME} stays text, not a variable. */
    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '$' -> out.append("\\$");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static String argv(List<String> words) {
        return words.stream().map(ContractText::string).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A regex literal {@code /re/flags}, on one line, with every slash escaped. */
    static String regex(String javaRegex, String flags) {
        StringBuilder out = new StringBuilder("/");
        for (int i = 0; i < javaRegex.length(); i++) {
            char c = javaRegex.charAt(i);
            if (c == '\\' && i + 1 < javaRegex.length()) {
                out.append(c).append(javaRegex.charAt(++i));
            } else if (c == '/') {
                out.append("\\/");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else {
                out.append(c);
            }
        }
        return out.append('/').append(flags).toString();
    }

    /** Go (RE2) syntax to Java's: named groups and POSIX classes differ, the rest is read alike. */
    static String javaRegex(String goRegex) {
        String named = goRegex.replace("(?P<", "(?<");
        Matcher posix = POSIX_CLASS.matcher(named);
        StringBuilder out = new StringBuilder();
        while (posix.find()) {
            String java = POSIX_CLASSES.getOrDefault(posix.group(1), posix.group());
            posix.appendReplacement(out, Matcher.quoteReplacement(java));
        }
        posix.appendTail(out);
        return out.toString();
    }

    /** Why the regex cannot be used, when Java cannot compile it. */
    static Optional<String> problem(String javaRegex) {
        try {
            Pattern.compile(javaRegex);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of("the regex /" + javaRegex + "/ does not compile in Java: " + e.getDescription());
        }
    }

    /** {@code text} as a regex that matches it literally, with metacharacters escaped one by one (readable). */
    static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    /** A regex that matches exactly when {@code javaRegex} has no match anywhere in the text. */
    static String nowhere(String javaRegex) {
        return "\\A(?![\\s\\S]*?(?:" + javaRegex + "))";
    }

    /** A word for {@code sh -c}, in single quotes (a quote inside closes, escapes and reopens them). */
    static String shellQuote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
