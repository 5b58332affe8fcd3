package dev.plimsoll.engine.descriptor;

import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.diag.SourceText;

/** A node's text as written, on one line: display names of checks read like the contract. */
final class SourceSnippet {
    private SourceSnippet() {}

    static String of(SourceText source, Span span) {
        String line = source.line(span.line());
        int start = Math.min(Math.max(0, span.column() - 1), line.length());
        int end = span.endLine() == span.line()
                ? Math.min(line.length(), Math.max(start, span.endColumn() - 1))
                : line.length();
        String text = line.substring(start, end).strip();
        return text.endsWith("{") ? text.substring(0, text.length() - 1).strip() : text;
    }
}
