package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Span;

/** Keeps underlines on one line: a multi-line block is pointed at by its first character. */
final class Lines {
    private Lines() {}

    static Span head(Span span) {
        return span.endLine() == span.line() ? span : Span.of(span.line(), span.column(), 1);
    }
}
