package dev.plimsoll.grammar.parser;

import dev.plimsoll.grammar.ast.Contains;
import dev.plimsoll.grammar.ast.Duration;
import dev.plimsoll.grammar.ast.Empty;
import dev.plimsoll.grammar.ast.Equals;
import dev.plimsoll.grammar.ast.Matches;
import dev.plimsoll.grammar.ast.OnHost;
import dev.plimsoll.grammar.ast.OnService;
import dev.plimsoll.grammar.ast.Port;
import dev.plimsoll.grammar.ast.PortText;
import dev.plimsoll.grammar.ast.PortValue;
import dev.plimsoll.grammar.ast.Regex;
import dev.plimsoll.grammar.ast.SignalName;
import dev.plimsoll.grammar.ast.Size;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.Stream;
import dev.plimsoll.grammar.ast.Target;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.TextMatch;
import dev.plimsoll.grammar.parser.ContractParser.ArgvContext;
import dev.plimsoll.grammar.parser.ContractParser.ContainsMatchContext;
import dev.plimsoll.grammar.parser.ContractParser.EqualsMatchContext;
import dev.plimsoll.grammar.parser.ContractParser.ExplicitLineContext;
import dev.plimsoll.grammar.parser.ContractParser.LineMatchContext;
import dev.plimsoll.grammar.parser.ContractParser.ListArgvContext;
import dev.plimsoll.grammar.parser.ContractParser.MatchesMatchContext;
import dev.plimsoll.grammar.parser.ContractParser.PlainLineContext;
import dev.plimsoll.grammar.parser.ContractParser.SplitArgvContext;
import dev.plimsoll.grammar.parser.ContractParser.StringContext;
import dev.plimsoll.grammar.parser.ContractParser.TextMatchContext;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Builds the small shared nodes: texts, regexes, durations, ports, matches, argument lists. */
final class Terms {
    final ValueReader values;
    private final TextReader texts;
    private final Problems problems;

    Terms(Problems problems) {
        this.problems = problems;
        this.values = new ValueReader(problems);
        this.texts = new TextReader(problems);
    }

    Text text(StringContext ctx) {
        return texts.text(ctx.STRING().getSymbol());
    }

    List<Text> texts(List<StringContext> ctxs) {
        return ctxs.stream().map(this::text).toList();
    }

    Regex regex(ContractParser.RegexContext ctx) {
        return texts.regex(ctx.REGEX().getSymbol());
    }

    Duration duration(ContractParser.DurationContext ctx) {
        return values.duration(ctx.getStart());
    }

    Optional<Duration> within(ContractParser.WithinContext ctx) {
        return ctx == null ? Optional.empty() : Optional.of(duration(ctx.duration()));
    }

    Size size(ContractParser.SizeContext ctx) {
        return values.size(ctx.getStart());
    }

    Port port(ContractParser.PortContext ctx) {
        return values.port(ctx.getStart());
    }

    /** A number ({@code 9000}, {@code 53/udp}) or a string resolved when its step runs ({@code "${PORT}"}). */
    PortValue portValue(ContractParser.PortValueContext ctx) {
        if (ctx.port() != null) {
            return port(ctx.port());
        }
        return new PortText(text(ctx.string()), Spans.of(ctx));
    }

    SignalName signal(ContractParser.SignalContext ctx) {
        return values.signal(ctx.getStart());
    }

    /** {@code on service NAME} / {@code on host}; nothing written means the subject, at the step's span. */
    Target target(ContractParser.@Nullable TargetContext ctx, Span step) {
        if (ctx == null) {
            return Target.subject(step);
        }
        if (ctx instanceof ContractParser.OnServiceContext service) {
            return new OnService(name(service.name()), Spans.of(ctx));
        }
        return new OnHost(Spans.of(ctx));
    }

    String name(ContractParser.NameContext ctx) {
        return ctx.getText();
    }

    Stream stream(ContractParser.StreamContext ctx) {
        if (ctx.STDOUT() != null) {
            return Stream.STDOUT;
        }
        return ctx.STDERR() != null ? Stream.STDERR : Stream.LOG;
    }

    TextMatch textMatch(TextMatchContext ctx) {
        if (ctx instanceof EqualsMatchContext equals) {
            return new Equals(text(equals.string()), Spans.of(ctx));
        }
        if (ctx instanceof ContainsMatchContext contains) {
            return new Contains(text(contains.string()), Spans.of(ctx));
        }
        if (ctx instanceof MatchesMatchContext matches) {
            return new Matches(regex(matches.regex()), Spans.of(ctx));
        }
        return new Empty(Spans.of(ctx));
    }

    /** A plain string means a line containing it, a regex a line it matches. */
    TextMatch lineMatch(LineMatchContext ctx) {
        if (ctx instanceof PlainLineContext plain) {
            return new Contains(text(plain.string()), Spans.of(ctx));
        }
        if (ctx instanceof ExplicitLineContext explicit) {
            return textMatch(explicit.textMatch());
        }
        return new Matches(regex(((ContractParser.RegexLineContext) ctx).regex()), Spans.of(ctx));
    }

    /** {@code ["a", "b"]} as written, or one string split into words (see {@link #split}). */
    List<Text> argv(ArgvContext ctx) {
        if (ctx instanceof ListArgvContext list) {
            return texts(list.string());
        }
        Text whole = text(((SplitArgvContext) ctx).string());
        ArgvSplitter splitter = new ArgvSplitter(whole.span());
        List<Text> words = splitter.split(whole.parts());
        if (splitter.openQuote() != 0) {
            problems.error(
                    "the quote " + splitter.openQuote() + " in this command is not closed",
                    whole.span(),
                    "close it, or write the words as a list: [\"sh\", \"-c\", \"echo hi\"]");
        }
        return words;
    }

    /**
     * Splits at whitespace, like a shell but without one: single or double quotes group words (and are dropped), a
     * {@code ${VAR}} never splits, so a value with spaces stays one word.
     */
    static List<Text> split(Text whole) {
        return new ArgvSplitter(whole.span()).split(whole.parts());
    }
}
