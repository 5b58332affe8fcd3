package dev.plimsoll.grammar.parser;

import dev.plimsoll.grammar.ast.Duration;
import dev.plimsoll.grammar.ast.HealthTest;
import dev.plimsoll.grammar.ast.HealthcheckSetting;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.parser.ContractParser.*;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code healthcheck TEST interval D timeout D start period D retries N}: each option at most once. */
final class HealthcheckBuilder {
    private final Terms terms;
    private final Problems problems;

    HealthcheckBuilder(Terms terms, Problems problems) {
        this.terms = terms;
        this.problems = problems;
    }

    HealthcheckSetting build(HealthcheckSettingContext ctx) {
        Span span = Spans.of(ctx);
        Optional<HealthTest> test = Optional.ofNullable(ctx.healthTest()).map(this::test);
        Optional<Duration> interval = Optional.empty();
        Optional<Duration> timeout = Optional.empty();
        Optional<Duration> startPeriod = Optional.empty();
        Optional<Integer> retries = Optional.empty();
        Set<String> seen = new HashSet<>();
        for (HealthOptionContext option : ctx.healthOption()) {
            String word = option.getStart().getText();
            if (!seen.add(word)) {
                problems.error("'" + word + "' is given twice in this healthcheck", Spans.of(option));
            }
            if (option instanceof IntervalOptionContext o) {
                interval = Optional.of(terms.duration(o.duration()));
            } else if (option instanceof TimeoutOptionContext o) {
                timeout = Optional.of(terms.duration(o.duration()));
            } else if (option instanceof StartPeriodOptionContext o) {
                startPeriod = Optional.of(terms.duration(o.duration()));
            } else {
                retries = Optional.of(retries((RetriesOptionContext) option));
            }
        }
        if (test.isEmpty() && ctx.healthOption().isEmpty()) {
            problems.error(
                    "'healthcheck' needs a test or an option",
                    span,
                    "e.g. healthcheck [\"pg_isready\"] interval 2s retries 10, or 'healthcheck none' to turn the"
                            + " image's off");
        }
        return new HealthcheckSetting(test, interval, timeout, startPeriod, retries, span);
    }

    private HealthTest test(HealthTestContext ctx) {
        if (ctx instanceof ShellHealthTestContext shell) {
            return new HealthTest(true, List.of(terms.text(shell.string())), Spans.of(ctx));
        }
        List<StringContext> words = ((ExecHealthTestContext) ctx).string();
        return new HealthTest(false, words.stream().map(terms::text).toList(), Spans.of(ctx));
    }

    private int retries(RetriesOptionContext ctx) {
        try {
            return Integer.parseInt(ctx.INT().getText());
        } catch (NumberFormatException e) {
            problems.error("retries '" + ctx.INT().getText() + "' is too large", Spans.of(ctx));
            return 0;
        }
    }
}
