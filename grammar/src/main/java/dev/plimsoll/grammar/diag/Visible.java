package dev.plimsoll.grammar.diag;

/**
 * Characters a terminal does not show as themselves (controls, zero-width and unusual spaces, escape sequences)
 * written as {@code \u00a0}-style escapes, so a diagnostic shows what is really in the file.
 */
public final class Visible {
    private Visible() {}

    /** True for a character that would print as nothing, as a plain space, or change the terminal. */
    public static boolean isHidden(char c) {
        if (c == '\t' || c == ' ') {
            return false;
        }
        int type = Character.getType(c);
        return Character.isISOControl(c)
                || type == Character.FORMAT
                || type == Character.SPACE_SEPARATOR
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED;
    }

    /** {@code \u200b} for a hidden character, the character itself otherwise. */
    public static String of(char c) {
        return isHidden(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    /** {@code text} with every hidden character escaped, cut to {@code max} characters with an ellipsis. */
    public static String of(String text, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() <= max; i++) {
            out.append(of(text.charAt(i)));
        }
        return out.length() > max ? out.substring(0, max) + "…" : out.toString();
    }
}
