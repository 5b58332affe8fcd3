package dev.plimsoll.grammar.diag;

import java.util.List;

/** A contract's source: the name shown in diagnostics and its text (BOM removed). */
public record SourceText(String name, String text) {

    /** Line {@code number} (1-based) without its line terminator; empty when out of range. */
    public String line(int number) {
        List<String> lines = text.lines().toList();
        if (number < 1 || number > lines.size()) {
            return "";
        }
        return lines.get(number - 1);
    }

    /** How many lines the text has. */
    public int lineCount() {
        return (int) text.lines().count();
    }
}
