package dev.plimsoll.grammar.parser;

import dev.plimsoll.grammar.ast.*;
import dev.plimsoll.grammar.parser.ContractParser.*;
import java.util.List;

/** {@code expect ...}: the checks of a scenario. */
final class CheckBuilder extends ContractBaseVisitor<Step> {
    private final Terms terms;
    private final HttpBuilder http;
    private final SaveBuilder saves;
    private final FactBuilder facts;
    private final SubjectBuilder subjects;
    private final StepBuilder settings;

    CheckBuilder(
            Terms terms,
            HttpBuilder http,
            SaveBuilder saves,
            FactBuilder facts,
            SubjectBuilder subjects,
            StepBuilder settings) {
        this.terms = terms;
        this.http = http;
        this.saves = saves;
        this.facts = facts;
        this.subjects = subjects;
        this.settings = settings;
    }

    @Override
    public Step visitOutputCheck(OutputCheckContext ctx) {
        Span span = Spans.of(ctx.getParent());
        return new ExpectOutput(
                terms.stream(ctx.stream()),
                ctx.NOT() != null,
                outputMatch(ctx.outputMatch()),
                terms.target(ctx.target(), span),
                terms.within(ctx.within()),
                span);
    }

    @Override
    public Step visitExitCheck(ExitCheckContext ctx) {
        Span span = Spans.of(ctx.getParent());
        return new ExpectExit(
                terms.values.exitCode(ctx.INT().getSymbol()),
                terms.target(ctx.target(), span),
                terms.within(ctx.within()),
                span);
    }

    @Override
    public Step visitRunningCheck(RunningCheckContext ctx) {
        Span span = Spans.of(ctx.getParent());
        return new ExpectRunning(terms.duration(ctx.duration()), terms.target(ctx.target(), span), span);
    }

    @Override
    public Step visitProcessCheck(ProcessCheckContext ctx) {
        Span span = Spans.of(ctx.getParent());
        return new ExpectProcess(
                terms.text(ctx.string(0)), terms.text(ctx.string(1)), terms.target(ctx.target(), span), span);
    }

    @Override
    public Step visitPortCheck(PortCheckContext ctx) {
        Span span = Spans.of(ctx.getParent());
        return new ExpectPortOpen(
                terms.portValue(ctx.portValue()), terms.target(ctx.target(), span), terms.within(ctx.within()), span);
    }

    @Override
    public Step visitHttpCheck(HttpCheckContext ctx) {
        HttpCallContext call = ctx.httpCall();
        Span span = Spans.of(ctx.getParent());
        return new ExpectHttp(
                http.request(call),
                http.assertions(call),
                saves.saves(call.save(), SaveBuilder.Block.RESPONSE),
                http.target(call, span),
                http.within(call),
                span);
    }

    @Override
    public Step visitCommandCheck(CommandCheckContext ctx) {
        Span span = Spans.of(ctx.getParent());
        CommandBlockContext block = ctx.commandBlock();
        return new ExpectCommand(
                terms.argv(ctx.argv()),
                terms.values.exitCode(ctx.INT().getSymbol()),
                outputs(block),
                block == null ? List.of() : saves.saves(block.save(), SaveBuilder.Block.COMMAND),
                terms.target(ctx.target(), span),
                terms.within(ctx.within()),
                span);
    }

    @Override
    public Step visitFileExpectation(FileExpectationContext ctx) {
        Span span = Spans.of(ctx.getParent());
        return new ExpectFile(
                terms.text(ctx.string()),
                ctx.fileProperty().stream().map(facts::property).toList(),
                terms.target(ctx.target(), span),
                terms.within(ctx.within()),
                span);
    }

    @Override
    public Step visitRunCheck(RunCheckContext ctx) {
        CommandBlockContext block = ctx.commandBlock();
        return new ExpectRun(
                subjects.subject(ctx.subject()),
                ctx.setting().stream().map(settings::setting).toList(),
                terms.values.exitCode(ctx.INT().getSymbol()),
                outputs(block),
                block == null ? List.of() : saves.saves(block.save(), SaveBuilder.Block.COMMAND),
                terms.within(ctx.within()),
                Spans.of(ctx.getParent()));
    }

    private List<OutputAssertion> outputs(@org.jspecify.annotations.Nullable CommandBlockContext block) {
        if (block == null) {
            return List.of();
        }
        return block.outputAssertion().stream()
                .map(o -> new OutputAssertion(
                        terms.stream(o.stream()), o.NOT() != null, outputMatch(o.outputMatch()), Spans.of(o)))
                .toList();
    }

    OutputMatch outputMatch(OutputMatchContext ctx) {
        Span span = Spans.of(ctx);
        if (ctx instanceof ContainsOutputContext contains) {
            return new OutputContains(terms.text(contains.string()), span);
        }
        if (ctx instanceof MatchesOutputContext matches) {
            return new OutputMatches(terms.regex(matches.regex()), span);
        }
        if (ctx instanceof EqualsOutputContext equals) {
            return new OutputEquals(terms.text(equals.string()), span);
        }
        if (ctx instanceof EmptyOutputContext) {
            return new OutputEmpty(span);
        }
        LinesInOrderContext lines = (LinesInOrderContext) ctx;
        return new LinesInOrder(lines.lineMatch().stream().map(terms::lineMatch).toList(), span);
    }
}
