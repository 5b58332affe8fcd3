package dev.plimsoll.grammar.diag;

import dev.plimsoll.grammar.ast.Span;

/**
 * Renders a diagnostic in the house format: {@code name:line:col: severity: message}, the source line with
 * its number, the token underlined with {@code ^~~~} (tabs copied so the caret lines up), then {@code hint:}.
 *
 * <pre>
 * specs/nginx/nginx.contract:12:10: error: unknown check 'listen_on' (expected one of: ...)
 *    12 |   expect listen_on 80
 *       |          ^~~~~~~~~
 * hint: did you mean 'port'?
 * </pre>
 */
public final class DiagnosticRenderer {
    private final SourceText source;

    public DiagnosticRenderer(SourceText source) {
        this.source = source;
    }

    public String render(Diagnostic diagnostic) {
        Span span = diagnostic.span();
        StringBuilder out = new StringBuilder()
                .append(source.name())
                .append(':')
                .append(span.line())
                .append(':')
                .append(span.column())
                .append(": ")
                .append(diagnostic.severity().label())
                .append(": ")
                .append(diagnostic.message());
        if (span.line() >= 1 && span.line() <= source.lineCount()) {
            String line = source.line(span.line());
            String number = String.format("%5d", span.line());
            out.append('\n').append(number).append(" | ").append(line);
            out.append('\n').append(" ".repeat(number.length())).append(" | ").append(underline(line, span));
        }
        diagnostic.hint().ifPresent(hint -> out.append("\nhint: ").append(hint));
        return out.toString();
    }

    /** Spaces (and the line's own tabs) up to the column, then {@code ^} and {@code ~} to the token's end. */
    private static String underline(String line, Span span) {
        int start = Math.max(0, span.column() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < start; i++) {
            out.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
        }
        int end = span.endLine() == span.line() ? span.endColumn() - 1 : line.length();
        int width = Math.max(1, Math.min(end, line.length()) - start);
        return out.append('^').append("~".repeat(width - 1)).toString();
    }
}
