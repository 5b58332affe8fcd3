package dev.plimsoll.grammar.parser;

import dev.plimsoll.grammar.ast.*;
import dev.plimsoll.grammar.parser.ContractParser.*;
import java.util.List;

/** Scenario steps: settings, actions and expectations. */
final class StepBuilder extends ContractBaseVisitor<Step> {
    private final Terms terms;
    private final HttpBuilder http;

    StepBuilder(Terms terms, Problems problems) {
        this.terms = terms;
        this.http = new HttpBuilder(terms, problems);
    }

    Step step(StepContext ctx) {
        return visit(ctx.getChild(0));
    }

    Setting setting(SettingContext ctx) {
        return (Setting) visit(ctx);
    }

    WaitAction waitAction(WaitActionContext ctx) {
        return (WaitAction) visit(ctx.waitTarget());
    }

    @Override
    public Step visitEnvSetting(EnvSettingContext ctx) {
        return new EnvSetting(terms.name(ctx.name()), terms.text(ctx.string()), Spans.of(ctx));
    }

    @Override
    public Step visitEnvUnset(EnvUnsetContext ctx) {
        return new EnvUnset(terms.name(ctx.name()), Spans.of(ctx));
    }

    @Override
    public Step visitPublishSetting(PublishSettingContext ctx) {
        return new Publish(terms.port(ctx.port()), Spans.of(ctx));
    }

    @Override
    public Step visitVolumeSetting(VolumeSettingContext ctx) {
        return new VolumeMount(terms.text(ctx.string(0)), terms.text(ctx.string(1)), Spans.of(ctx));
    }

    @Override
    public Step visitCommandSetting(CommandSettingContext ctx) {
        return new CommandSetting(terms.argv(ctx.argv()), Spans.of(ctx));
    }

    @Override
    public Step visitUserSetting(UserSettingContext ctx) {
        return new UserSetting(terms.text(ctx.string()), Spans.of(ctx));
    }

    @Override
    public Step visitEntrypointSetting(EntrypointSettingContext ctx) {
        return new EntrypointSetting(terms.argv(ctx.argv()), Spans.of(ctx));
    }

    @Override
    public Step visitWaitStep(WaitStepContext ctx) {
        return waitAction(ctx.waitAction());
    }

    @Override
    public Step visitSignalAction(SignalActionContext ctx) {
        return new SendSignal(terms.signal(ctx.signal()), Spans.of(ctx));
    }

    @Override
    public Step visitRecreateAction(RecreateActionContext ctx) {
        return new Recreate(Spans.of(ctx));
    }

    @Override
    public Step visitRestartAction(RestartActionContext ctx) {
        return new Restart(Spans.of(ctx));
    }

    @Override
    public Step visitStopServiceAction(StopServiceActionContext ctx) {
        return new StopService(terms.name(ctx.name()), Spans.of(ctx));
    }

    @Override
    public Step visitStartServiceAction(StartServiceActionContext ctx) {
        return new StartService(terms.name(ctx.name()), Spans.of(ctx));
    }

    @Override
    public Step visitWaitForLog(WaitForLogContext ctx) {
        return new WaitForLog(
                terms.stream(ctx.stream()),
                terms.lineMatch(ctx.lineMatch()),
                terms.within(ctx.within()),
                Spans.of(ctx.getParent()));
    }

    @Override
    public Step visitWaitForHealthy(WaitForHealthyContext ctx) {
        return new WaitForHealthy(terms.within(ctx.within()), Spans.of(ctx.getParent()));
    }

    @Override
    public Step visitWaitForPort(WaitForPortContext ctx) {
        return new WaitForPort(terms.port(ctx.port()), terms.within(ctx.within()), Spans.of(ctx.getParent()));
    }

    @Override
    public Step visitWaitForHttp(WaitForHttpContext ctx) {
        HttpCallContext call = ctx.httpCall();
        return new WaitForHttp(http.request(call), http.assertions(call), http.within(call), Spans.of(ctx.getParent()));
    }

    @Override
    public Step visitExpectation(ExpectationContext ctx) {
        return visit(ctx.check());
    }

    @Override
    public Step visitOutputCheck(OutputCheckContext ctx) {
        return new ExpectOutput(
                terms.stream(ctx.stream()),
                ctx.NOT() != null,
                outputMatch(ctx.outputMatch()),
                terms.within(ctx.within()),
                Spans.of(ctx.getParent()));
    }

    @Override
    public Step visitExitCheck(ExitCheckContext ctx) {
        return new ExpectExit(
                terms.values.exitCode(ctx.INT().getSymbol()), terms.within(ctx.within()), Spans.of(ctx.getParent()));
    }

    @Override
    public Step visitRunningCheck(RunningCheckContext ctx) {
        return new ExpectRunning(terms.duration(ctx.duration()), Spans.of(ctx.getParent()));
    }

    @Override
    public Step visitProcessCheck(ProcessCheckContext ctx) {
        return new ExpectProcess(terms.text(ctx.string(0)), terms.text(ctx.string(1)), Spans.of(ctx.getParent()));
    }

    @Override
    public Step visitPortCheck(PortCheckContext ctx) {
        return new ExpectPortOpen(terms.port(ctx.port()), terms.within(ctx.within()), Spans.of(ctx.getParent()));
    }

    @Override
    public Step visitHttpCheck(HttpCheckContext ctx) {
        HttpCallContext call = ctx.httpCall();
        return new ExpectHttp(http.request(call), http.assertions(call), http.within(call), Spans.of(ctx.getParent()));
    }

    @Override
    public Step visitCommandCheck(CommandCheckContext ctx) {
        List<OutputAssertion> outputs = ctx.outputAssertion().stream()
                .map(o -> new OutputAssertion(
                        terms.stream(o.stream()), o.NOT() != null, outputMatch(o.outputMatch()), Spans.of(o)))
                .toList();
        return new ExpectCommand(
                terms.argv(ctx.argv()),
                terms.values.exitCode(ctx.INT().getSymbol()),
                outputs,
                terms.within(ctx.within()),
                Spans.of(ctx.getParent()));
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
