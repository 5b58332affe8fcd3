package dev.plimsoll.grammar.parser;

import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** Turns ANTLR's syntax errors into house-style diagnostics; keeps the first per line to avoid cascades. */
final class SyntaxErrorListener extends BaseErrorListener {
    /** A little above the number of errors shown, so the note on how many were left out still has some. */
    static final int MAX_LINES = 200;

    private final Problems problems;
    private int bracelessStart = -1;
    private final Set<Integer> linesWithErrors = new HashSet<>();

    SyntaxErrorListener(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void syntaxError(
            Recognizer<?, ?> recognizer,
            Object offendingSymbol,
            int line,
            int charPositionInLine,
            String msg,
            RecognitionException e) {
        if (!(recognizer instanceof Parser parser) || !(offendingSymbol instanceof Token token)) {
            return; // the lexer never fails: every character is some token
        }
        if (!linesWithErrors.add(token.getLine())) {
            return;
        }
        if (linesWithErrors.size() > MAX_LINES) {
            // Enough to report (see ErrorLimit); recovering through the rest of a huge broken file costs memory.
            throw new ParseCancellationException("too many syntax errors");
        }
        ParserRuleContext ctx = e != null && e.getCtx() instanceof ParserRuleContext c ? c : parser.getContext();
        IntervalSet expected = e != null ? e.getExpectedTokens() : parser.getExpectedTokens();
        Span span = Spans.of(token);
        Token previous = token.getTokenIndex() > 0 ? parser.getTokenStream().get(token.getTokenIndex() - 1) : null;
        if (ctx.getStart().getTokenIndex() == bracelessStart) {
            return; // the block without '{' was reported once; what follows in it would only repeat that
        }
        Optional<Diagnostic> mistake =
                Mistakes.recognize(token, previous, ctx, expected == null ? new IntervalSet() : expected, span);
        if (mistake.isPresent()) {
            if (mistake.get().message().startsWith("missing '{'")) {
                bracelessStart = ctx.getStart().getTokenIndex();
            }
            problems.add(mistake.get());
            return;
        }
        if (e instanceof NoViableAltException noViable
                && noViable.getStartToken() != token
                && !SyntaxMessages.isLexical(token)) {
            problems.add(SyntaxMessages.afterPrefix(token, noViable.getStartToken(), span));
            return;
        }
        problems.add(SyntaxMessages.describe(token, ctx, expected == null ? new IntervalSet() : expected, span));
    }
}
