package dev.plimsoll.grammar.diag;

import dev.plimsoll.grammar.ast.Span;

/**
 * The source line shown under a diagnostic and its underline: hidden characters escaped (the caret moves with
 * them), tabs kept so the caret lines up, and a long line cut to a window around the span.
 */
record Excerpt(String line, String underline) {
    /** Characters shown of a long line; enough for any real statement. */
    static final int WIDTH = 120;

    private static final int BEFORE = 40;
    private static final String CUT = "…";

    static Excerpt of(String source, Span span) {
        int start = Math.max(0, span.column() - 1);
        int end = span.endLine() == span.line() ? span.endColumn() - 1 : source.length();
        end = Math.max(start + 1, Math.min(end, source.length()));
        StringBuilder line = new StringBuilder();
        StringBuilder pad = new StringBuilder();
        int caret = 0;
        int width = 0;
        for (int i = 0; i < source.length(); i++) {
            String shown = Visible.of(source.charAt(i));
            if (i == start) {
                caret = line.length();
            }
            if (i >= start && i < end) {
                width += shown.length();
            }
            if (i < start) {
                pad.append(source.charAt(i) == '\t' ? "\t" : " ".repeat(shown.length()));
            }
            line.append(shown);
        }
        if (start >= source.length()) {
            caret = line.length() + (start - source.length());
            pad.append(" ".repeat(start - source.length()));
            width = 1;
        }
        return cut(line.toString(), pad.toString(), caret, Math.max(1, width));
    }

    /** Keeps {@link #WIDTH} characters starting a little before the caret, marking what was cut. */
    private static Excerpt cut(String line, String pad, int caret, int width) {
        if (line.length() <= WIDTH) {
            return new Excerpt(line, pad + "^" + "~".repeat(width - 1));
        }
        int from = caret <= BEFORE ? 0 : caret - BEFORE;
        int to = Math.min(line.length(), from + WIDTH);
        String head = from > 0 ? CUT : "";
        String tail = to < line.length() ? CUT : "";
        int shownWidth = Math.max(1, Math.min(width, to - caret));
        String indent =
                from > 0 ? " ".repeat(head.length() + caret - from) : pad.substring(0, Math.min(pad.length(), caret));
        return new Excerpt(head + line.substring(from, to) + tail, indent + "^" + "~".repeat(shownWidth - 1));
    }
}
