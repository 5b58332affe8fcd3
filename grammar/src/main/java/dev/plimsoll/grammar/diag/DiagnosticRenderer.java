package dev.plimsoll.grammar.diag;

import dev.plimsoll.grammar.ast.Span;
import java.util.List;

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
    private final List<String> lines;

    public DiagnosticRenderer(SourceText source) {
        this.source = source;
        this.lines = source.text().lines().toList(); // once: a file with many errors is split once, not per error
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
        if (span.line() >= 1 && span.line() <= lines.size()) {
            Excerpt excerpt = Excerpt.of(lines.get(span.line() - 1), span);
            String number = String.format("%5d", span.line());
            out.append('\n').append(number).append(" | ").append(excerpt.line());
            out.append('\n').append(" ".repeat(number.length())).append(" | ").append(excerpt.underline());
        }
        diagnostic.hint().ifPresent(hint -> out.append("\nhint: ").append(hint));
        return out.toString();
    }
}
