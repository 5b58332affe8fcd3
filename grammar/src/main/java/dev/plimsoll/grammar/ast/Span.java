package dev.plimsoll.grammar.ast;

/** A source range: 1-based lines and columns, the end exclusive. Columns count characters, a tab is one. */
public record Span(int line, int column, int endLine, int endColumn) {

    /** A span for nodes built in code rather than parsed. */
    public static final Span NONE = new Span(0, 0, 0, 0);

    /** A range on one line covering {@code length} characters (at least one, so the renderer shows a caret). */
    public static Span of(int line, int column, int length) {
        return new Span(line, column, line, column + Math.max(1, length));
    }

    /** The smallest span covering both. */
    public Span to(Span other) {
        return new Span(line, column, other.endLine, other.endColumn);
    }
}
