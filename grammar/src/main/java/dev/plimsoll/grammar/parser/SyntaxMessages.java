package dev.plimsoll.grammar.parser;

import static dev.plimsoll.grammar.parser.ContractParser.*;

import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.diag.Diagnostic;
import dev.plimsoll.grammar.diag.Suggestion;
import dev.plimsoll.grammar.diag.Visible;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Friendly syntax errors: names for what was expected, "unknown X" for a wrong keyword, targeted hints. */
final class SyntaxMessages {
    /** Rules where a keyword picks what comes next, and what such a keyword is called. */
    private static final Map<Integer, String> CHOICES = Map.ofEntries(
            Map.entry(RULE_contract, "declaration"),
            Map.entry(RULE_declaration, "declaration"),
            Map.entry(RULE_check, "check"),
            Map.entry(RULE_scenario, "step"),
            Map.entry(RULE_step, "step"),
            Map.entry(RULE_imageFacts, "image fact"),
            Map.entry(RULE_imageFact, "image fact"),
            Map.entry(RULE_fileCheck, "file property"),
            Map.entry(RULE_fileProperty, "file property"),
            Map.entry(RULE_fileKind, "file kind"),
            Map.entry(RULE_service, "service setting"),
            Map.entry(RULE_serviceItem, "service setting"),
            Map.entry(RULE_defaultsBlock, "default"),
            Map.entry(RULE_defaultItem, "default"),
            Map.entry(RULE_waitTarget, "wait condition"),
            Map.entry(RULE_outputMatch, "output check"),
            Map.entry(RULE_outputAssertion, "output check"),
            Map.entry(RULE_httpCall, "http check"),
            Map.entry(RULE_httpAssertion, "http check"),
            Map.entry(RULE_jsonCheck, "json check"),
            Map.entry(RULE_textMatch, "comparison"),
            Map.entry(RULE_commandBlock, "output check"),
            Map.entry(RULE_valueSource, "value to save"));

    private SyntaxMessages() {}

    /** Rules where a step may start: a lone target is allowed there only to be reported, so it is not offered. */
    private static final List<Integer> STEP_STARTS =
            List.of(RULE_scenario, RULE_step, RULE_service, RULE_serviceItem, RULE_setting);

    static Diagnostic describe(Token token, ParserRuleContext ctx, IntervalSet offered, Span span) {
        IntervalSet expected = offered;
        if (STEP_STARTS.contains(ctx.getRuleIndex()) && offered.contains(ON)) {
            expected = new IntervalSet(offered);
            expected.remove(ON);
        }
        switch (token.getType()) {
            case UNTERMINATED_STRING:
                return Diagnostic.error(
                        "unterminated string",
                        span,
                        "close it with \" on the same line; write \\\" for a quote inside");
            case UNTERMINATED_REGEX:
                return Diagnostic.error(
                        "unterminated regex " + quoted(token),
                        span,
                        "close it with / on the same line; write \\/ for a slash inside");
            case UNEXPECTED_CHAR:
                return Diagnostic.error("unexpected character '" + token.getText() + "'", span);
            default:
                break;
        }
        List<Integer> keywords = keywords(expected);
        String found = token.getType() == Token.EOF ? "end of file" : quoted(token);
        String choice = CHOICES.get(ctx.getRuleIndex());
        if (choice != null && isWord(token) && !keywords.isEmpty() && onlyKeywordsOrBraces(expected)) {
            String list = String.join(
                    ", ",
                    new TreeSet<>(keywords.stream().map(SyntaxMessages::word).toList()));
            String message = "unknown " + choice + " " + found + " (expected one of: " + list + ")";
            return withHint(message, span, nearMiss(token.getText(), keywords));
        }
        String message = (token.getType() == Token.EOF ? "unexpected end of file" : "mismatched input " + found)
                + ". expecting: " + expectation(ctx, expected);
        return withHint(message, span, hint(token, keywords, expected));
    }

    /** The token's text in quotes, hidden characters escaped and a long one cut. */
    static String quoted(Token token) {
        return "'" + Visible.of(token.getText(), 40) + "'";
    }

    /** Tokens that only exist to be reported: broken strings and regexes, stray characters. */
    static boolean isLexical(Token token) {
        int type = token.getType();
        return type == UNTERMINATED_STRING || type == UNTERMINATED_REGEX || type == UNEXPECTED_CHAR;
    }

    /**
     * The parser chose between rules sharing a first word and failed later; its expected set would name the
     * first word again, so say what may follow that word instead (only {@code image} shares one).
     */
    static Diagnostic afterPrefix(Token token, Token start, Span span) {
        String found = token.getType() == Token.EOF ? "end of file" : quoted(token);
        if (start.getType() == IMAGE) {
            return Diagnostic.error(
                    "mismatched input " + found + " after 'image'. expecting: a string, 'has'",
                    span,
                    "write image \"name:tag\" for the subject or image has { ... } for its facts");
        }
        return Diagnostic.error("mismatched input " + found + " after '" + start.getText() + "'", span);
    }

    private static Diagnostic withHint(String message, Span span, Optional<String> hint) {
        return new Diagnostic(dev.plimsoll.grammar.diag.Severity.ERROR, message, span, hint);
    }

    private static Optional<String> hint(Token token, List<Integer> keywords, IntervalSet expected) {
        if (isWord(token)) {
            Optional<String> near = nearMiss(token.getText(), keywords);
            if (near.isPresent()) {
                return near;
            }
        }
        if (token.getType() == Token.EOF && expected.contains(RBRACE)) {
            return Optional.of("a '{' block is not closed");
        }
        if (expected.size() == 2 && expected.contains(IMAGE) && expected.contains(BUILD)) {
            return Optional.of("a service block starts with its image \"name:tag\" or build \"dir\"");
        }
        if (token.getType() == INT && expected.contains(STRING)) {
            return Optional.of("write it in double quotes: \"" + token.getText() + "\"");
        }
        if (token.getType() == REGEX && expected.contains(STRING) && !expected.contains(REGEX)) {
            return Optional.of("paths and names are strings in double quotes; /.../ is a regular expression");
        }
        return Optional.empty();
    }

    private static Optional<String> nearMiss(String written, List<Integer> keywords) {
        return Suggestion.closest(
                        written, keywords.stream().map(SyntaxMessages::word).toList())
                .map(word -> "did you mean '" + word + "'?");
    }

    private static String expectation(ParserRuleContext ctx, IntervalSet expected) {
        List<String> names = new ArrayList<>();
        boolean nameExpected = expected.contains(ID) && keywords(expected).size() > 20;
        List<Integer> types = new ArrayList<>(expected.toList());
        types.sort(Comparator.comparing((Integer t) -> !isKeyword(t)).thenComparing(t -> isKeyword(t) ? word(t) : ""));
        for (int type : types) {
            if (nameExpected && isKeyword(type)) {
                continue;
            }
            friendly(type, ctx, expected).ifPresent(n -> {
                if (!names.contains(n)) {
                    names.add(n);
                }
            });
        }
        return names.isEmpty() ? "something else" : String.join(", ", names);
    }

    private static Optional<String> friendly(int type, ParserRuleContext ctx, IntervalSet expected) {
        int rule = ctx.getRuleIndex();
        return Optional.ofNullable(
                switch (type) {
                    case Token.EOF -> "end of file";
                    case STRING -> "a string";
                    case REGEX -> "a /regex/";
                    case QUANTITY -> inRule(ctx, RULE_size, RULE_imageFact)
                            ? "a size like 300MB"
                            : "a duration like 5s";
                    case PORT_PROTO -> "a port like 8080 or 8080/udp";
                    case INT -> expected.contains(PORT_PROTO) || expected.contains(QUANTITY) ? null : number(rule);
                    case DECIMAL -> null;
                    case ID -> identifier(ctx);
                    default -> isKeyword(type) ? "'" + word(type) + "'" : VOCABULARY.getLiteralName(type);
                });
    }

    private static String number(int rule) {
        return switch (rule) {
            case RULE_fileProperty -> "an octal mode like 0750";
            case RULE_httpAssertion -> "a status code like 200";
            case RULE_check -> "an exit code like 0";
            default -> "a number";
        };
    }

    private static String identifier(ParserRuleContext ctx) {
        if (inRule(ctx, RULE_method)) {
            return "an HTTP method like GET";
        }
        return inRule(ctx, RULE_signal) ? "a signal like SIGTERM" : "a name";
    }

    private static boolean inRule(ParserRuleContext ctx, int... rules) {
        for (RuleContext c = ctx; c != null; c = c.getParent()) {
            for (int rule : rules) {
                if (c.getRuleIndex() == rule) {
                    return true;
                }
            }
            if (c.getRuleIndex() != RULE_name && c != ctx) {
                return false; // only the innermost rule (and a name inside it) decides
            }
        }
        return false;
    }

    private static List<Integer> keywords(IntervalSet expected) {
        return expected.toList().stream().filter(SyntaxMessages::isKeyword).toList();
    }

    private static boolean onlyKeywordsOrBraces(IntervalSet expected) {
        return expected.toList().stream().allMatch(t -> isKeyword(t) || t == RBRACE || t == LBRACE || t == Token.EOF);
    }

    static boolean isKeyword(int type) {
        return type >= IMAGE && type <= ONLY;
    }

    private static boolean isWord(Token token) {
        return token.getType() == ID || isKeyword(token.getType());
    }

    static String word(int type) {
        String literal = VOCABULARY.getLiteralName(type);
        return literal.substring(1, literal.length() - 1);
    }
}
