package dev.plimsoll.runner.launch;

import java.util.regex.Pattern;

/**
 * A shell-like pattern for names and paths: {@code *} matches any run of characters (slashes included,
 * so {@code *greeter*} finds a file in any folder), {@code ?} matches one character, everything else is
 * literal. Matching is case-sensitive and covers the whole text.
 */
public record Glob(String pattern, Pattern regex) {

    public static Glob of(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c != '*' && c != '?') {
                literal.append(c);
                continue;
            }
            regex.append(quote(literal));
            literal.setLength(0);
            regex.append(c == '*' ? ".*" : ".");
        }
        regex.append(quote(literal));
        return new Glob(pattern, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    public boolean matches(String text) {
        return regex.matcher(text).matches();
    }

    private static String quote(CharSequence literal) {
        return literal.length() == 0 ? "" : Pattern.quote(literal.toString());
    }
}
