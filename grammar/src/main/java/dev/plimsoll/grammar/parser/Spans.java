package dev.plimsoll.grammar.parser;

import dev.plimsoll.grammar.ast.Span;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Spans from ANTLR positions: ANTLR columns are 0-based, ours 1-based; every token sits on one line. */
final class Spans {
    private Spans() {}

    static Span of(Token token) {
        int length = token.getType() == Token.EOF ? 1 : token.getText().length();
        return Span.of(token.getLine(), token.getCharPositionInLine() + 1, length);
    }

    static Span of(TerminalNode node) {
        return of(node.getSymbol());
    }

    static Span of(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null
                        || ctx.getStop().getTokenIndex() < ctx.getStart().getTokenIndex()
                ? ctx.getStart()
                : ctx.getStop();
        return of(ctx.getStart()).to(of(stop));
    }

    /** The words of a rule as written, one space apart, e.g. {@code on service db}. */
    static String words(ParserRuleContext ctx) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ctx.getChildCount(); i++) {
            out.append(i == 0 ? "" : " ").append(ctx.getChild(i).getText());
        }
        return out.toString();
    }

    /** The characters {@code from..to} (exclusive) of a single-line token. */
    static Span inside(Token token, int from, int to) {
        int column = token.getCharPositionInLine() + 1 + from;
        return Span.of(token.getLine(), column, to - from);
    }
}
