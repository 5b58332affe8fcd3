package dev.plimsoll.grammar.parser;

import static dev.plimsoll.grammar.parser.ContractParser.*;

import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.diag.Diagnostic;
import dev.plimsoll.grammar.diag.Visible;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jspecify.annotations.Nullable;

/**
 * Mistakes people make often enough to be recognized by their shape, each with a message that says what was meant:
 * habits from other languages ({@code //}, quotes), a space inside {@code 5s}, a forgotten brace or comma, and
 * characters that cannot be seen. Anything else is left to {@link SyntaxMessages}.
 */
final class Mistakes {
    private static final Map<String, String> DURATION_UNITS = Map.ofEntries(
            Map.entry("ms", "ms"),
            Map.entry("s", "s"),
            Map.entry("m", "m"),
            Map.entry("h", "h"),
            Map.entry("sec", "s"),
            Map.entry("secs", "s"),
            Map.entry("seconds", "s"),
            Map.entry("min", "m"),
            Map.entry("mins", "m"),
            Map.entry("minutes", "m"),
            Map.entry("hours", "h"));
    private static final Set<String> SIZE_UNITS = Set.of("B", "kB", "KB", "MB", "GB", "KiB", "MiB", "GiB");
    private static final Map<Character, String> HIDDEN_NAMES = Map.of(
            '\u00a0', "no-break space",
            '\u200b', "zero-width space",
            '\u200c', "zero-width non-joiner",
            '\u200d', "zero-width joiner",
            '\u2060', "word joiner",
            '\ufeff', "byte order mark",
            '\u001b', "escape, the start of a terminal colour code",
            '\u2028', "line separator");
    private static final String QUOTES = "'‘’‚“”„«»`";

    private Mistakes() {}

    static Optional<Diagnostic> recognize(
            Token token, @Nullable Token previous, ParserRuleContext ctx, IntervalSet expected, Span span) {
        return switch (token.getType()) {
            case UNEXPECTED_CHAR -> Optional.of(character(token.getText().charAt(0), span));
            case UNTERMINATED_REGEX -> slashes(token, ctx, expected, span);
            default -> unit(token, previous, span)
                    .or(() -> comma(token, previous, ctx, expected, span))
                    .or(() -> serviceName(token, previous, ctx))
                    .or(() -> missingBrace(token, ctx, expected, span))
                    .or(() -> unclosedBlock(token, ctx, expected, span));
        };
    }

    private static Diagnostic character(char c, Span span) {
        if (QUOTES.indexOf(c) >= 0) {
            return Diagnostic.error(
                    "unexpected quote '" + c + "'",
                    span,
                    "strings are written in straight double quotes: \"like this\"");
        }
        if (Visible.isHidden(c)) {
            String name = HIDDEN_NAMES.getOrDefault(c, "an invisible character");
            return Diagnostic.error(
                    "unexpected invisible character " + Visible.of(c) + " (" + name + ")",
                    span,
                    "delete it or type a plain space; it often comes with text copied from a web page or a terminal");
        }
        return Diagnostic.error("unexpected character '" + c + "'", span);
    }

    /** {@code // comment} and {@code GET /health}: a slash that starts no regex. */
    private static Optional<Diagnostic> slashes(Token token, ParserRuleContext ctx, IntervalSet expected, Span span) {
        String text = token.getText();
        String after = token.getInputStream()
                .getText(new org.antlr.v4.runtime.misc.Interval(
                        token.getStartIndex(),
                        Math.min(
                                token.getStartIndex() + 1,
                                token.getInputStream().size() - 1)));
        if (after.equals("//")) {
            return Optional.of(Diagnostic.error(
                    "'//' does not start a comment", Span.of(span.line(), span.column(), 2), "comments start with #"));
        }
        if (expected.contains(STRING) && inRule(ctx, RULE_httpCall)) {
            String path = text.strip().split("\\s+")[0];
            return Optional.of(
                    Diagnostic.error("a request path is a string in double quotes", span, "write \"" + path + "\""));
        }
        return Optional.empty();
    }

    /** {@code within 5 s}, {@code size below 300 MB}, {@code 1h 30m}: a unit parted from its number. */
    private static Optional<Diagnostic> unit(Token token, @Nullable Token previous, Span span) {
        if (previous == null || previous.getStopIndex() + 1 >= token.getStartIndex()) {
            return Optional.empty();
        }
        boolean number = previous.getType() == INT || previous.getType() == DECIMAL;
        String word = token.getText();
        if (number && token.getType() == ID && DURATION_UNITS.containsKey(word)) {
            return Optional.of(Diagnostic.error(
                    "a unit is written right after its number, without a space",
                    span,
                    "write " + previous.getText() + DURATION_UNITS.get(word)));
        }
        if (number && token.getType() == ID && SIZE_UNITS.contains(word)) {
            return Optional.of(Diagnostic.error(
                    "a unit is written right after its number, without a space",
                    span,
                    "write " + previous.getText() + (word.equals("KB") ? "kB" : word)));
        }
        if (previous.getType() == QUANTITY && token.getType() == QUANTITY) {
            return Optional.of(Diagnostic.error(
                    "the parts of a duration are written together, without a space",
                    span,
                    "write " + previous.getText() + word));
        }
        return Optional.empty();
    }

    /** {@code for A in "x" "y"}: two values in a row where a list was being written. */
    private static Optional<Diagnostic> comma(
            Token token, @Nullable Token previous, ParserRuleContext ctx, IntervalSet expected, Span span) {
        if (previous == null || previous.getType() != STRING || token.getType() != STRING) {
            return Optional.empty();
        }
        if (expected.contains(COMMA) || inRule(ctx, RULE_axis) || matrixOpen(ctx) || endsInLineList(ctx)) {
            return Optional.of(Diagnostic.error(
                    "missing ',' between " + previous.getText() + " and "
                            + SyntaxMessages.quoted(token).replace("'", ""),
                    span,
                    "separate values with commas: " + previous.getText() + ", " + token.getText()));
        }
        return Optional.empty();
    }

    /** {@code lines in order "a" "b"}: the list ended at "a", so "b" reads as the start of the next step. */
    private static boolean endsInLineList(ParserRuleContext ctx) {
        ParseTree last = ctx;
        while (last.getChildCount() > 0) {
            last = last.getChild(last.getChildCount() - 1);
            if (last instanceof LinesInOrderContext) {
                return true;
            }
        }
        return false;
    }

    private static boolean matrixOpen(ParserRuleContext ctx) {
        return ctx instanceof ScenarioContext scenario && !scenario.axis().isEmpty() && !hasToken(ctx, LBRACE);
    }

    /** {@code stop service} with nothing after it. */
    private static Optional<Diagnostic> serviceName(Token token, @Nullable Token previous, ParserRuleContext ctx) {
        boolean nextLine = previous != null && token.getLine() > previous.getLine();
        if (previous == null || previous.getType() != SERVICE || (token.getType() == ID && !nextLine)) {
            return Optional.empty();
        }
        String verb = ctx.getStart().getType() == START ? "start" : "stop";
        return Optional.of(Diagnostic.error(
                "missing service name after 'service'",
                Spans.of(previous), // on the statement's line, where the name belongs
                "name a service this contract declares, e.g. " + verb + " service db"));
    }

    /** {@code scenario "s"} followed by its steps without the brace. */
    private static Optional<Diagnostic> missingBrace(
            Token token, ParserRuleContext ctx, IntervalSet expected, Span span) {
        if (!expected.contains(LBRACE) || token.getType() == LBRACE || hasToken(ctx, LBRACE)) {
            return Optional.empty();
        }
        String opener = ctx.getStart().getText();
        if (!Set.of("scenario", "service", "image", "defaults").contains(opener) || token.getType() == Token.EOF) {
            return Optional.empty();
        }
        String what = opener.equals("image") ? "image has" : opener;
        return Optional.of(Diagnostic.error(
                "missing '{' before " + SyntaxMessages.quoted(token) + " (the " + what + " on line "
                        + ctx.getStart().getLine() + " has no block)",
                span,
                "its body goes in braces that open on its first line: " + example(opener)));
    }

    private static String example(String opener) {
        return switch (opener) {
            case "scenario" -> "scenario \"name\" { ... }";
            case "service" -> "service db { image \"redis:7\" }";
            case "image" -> "image has { ... }";
            default -> "defaults { ... }";
        };
    }

    /** A declaration where a block's content was expected, or the end of the file inside a block. */
    private static Optional<Diagnostic> unclosedBlock(
            Token token, ParserRuleContext ctx, IntervalSet expected, Span span) {
        boolean declaration = token.getType() == SCENARIO
                || token.getType() == SERVICE
                || token.getType() == DEFAULTS
                || token.getType() == Token.EOF;
        if (!declaration || !expected.contains(RBRACE)) {
            return Optional.empty();
        }
        for (RuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof ParserRuleContext block && hasToken(block, LBRACE) && !hasToken(block, RBRACE)) {
                Token open = block.getToken(LBRACE, 0).getSymbol();
                String where =
                        token.getType() == Token.EOF ? "at the end of the file" : "before this " + token.getText();
                return Optional.of(Diagnostic.error(
                        "block opened at line " + open.getLine() + " is not closed",
                        span,
                        "close the " + block.getStart().getText() + " block of line " + open.getLine() + " with '}' "
                                + where));
            }
        }
        return Optional.empty();
    }

    private static boolean hasToken(ParserRuleContext ctx, int type) {
        TerminalNode node = ctx.getToken(type, 0);
        return node != null && node.getSymbol().getTokenIndex() >= 0;
    }

    private static boolean inRule(ParserRuleContext ctx, int rule) {
        for (ParseTree c = ctx; c instanceof RuleContext r; c = r.getParent()) {
            if (r.getRuleIndex() == rule) {
                return true;
            }
        }
        return false;
    }
}
