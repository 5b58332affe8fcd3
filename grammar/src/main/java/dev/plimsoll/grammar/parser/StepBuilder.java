package dev.plimsoll.grammar.parser;

import dev.plimsoll.grammar.ast.*;
import dev.plimsoll.grammar.parser.ContractParser.*;
import java.util.ArrayList;
import java.util.List;

/** Scenario steps: settings and actions here, expectations in {@link CheckBuilder}. */
final class StepBuilder extends ContractBaseVisitor<Step> {
    private final Terms terms;
    private final Problems problems;
    private final HttpBuilder http;
    private final SaveBuilder saves;
    private final CheckBuilder checks;
    private final HealthcheckBuilder healthchecks;

    StepBuilder(Terms terms, Problems problems, FactBuilder facts, SubjectBuilder subjects) {
        this.terms = terms;
        this.problems = problems;
        this.http = new HttpBuilder(terms, problems);
        this.saves = new SaveBuilder(terms, problems);
        this.checks = new CheckBuilder(terms, http, saves, facts, subjects, this);
        this.healthchecks = new HealthcheckBuilder(terms, problems);
    }

    Step step(StepContext ctx) {
        return visit(ctx.getChild(0));
    }

    /** A target where no step takes it; reported here so that it is one clear error, not a cascade. */
    void strayTarget(TargetContext ctx) {
        problems.error(
                "'" + Spans.words(ctx) + "' belongs right after a step's own words, before 'within'",
                Spans.of(ctx),
                "e.g. wait for log \"ready\" on service db within 20s; settings, recreate, pause and expect run"
                        + " take no target");
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
    public Step visitDockerSocketSetting(DockerSocketSettingContext ctx) {
        return new DockerSocketMount(Spans.of(ctx));
    }

    @Override
    public Step visitMountSetting(MountSettingContext ctx) {
        return new HostMount(terms.text(ctx.string(0)), terms.text(ctx.string(1)), ctx.READ() != null, Spans.of(ctx));
    }

    @Override
    public Step visitHealthcheckSetting(HealthcheckSettingContext ctx) {
        return healthchecks.build(ctx);
    }

    @Override
    public Step visitNoHealthcheckSetting(NoHealthcheckSettingContext ctx) {
        return new NoHealthcheck(Spans.of(ctx));
    }

    @Override
    public Step visitWorkdirSetting(WorkdirSettingContext ctx) {
        return new WorkdirSetting(terms.text(ctx.string()), Spans.of(ctx));
    }

    @Override
    public Step visitLabelSetting(LabelSettingContext ctx) {
        return new LabelSetting(terms.text(ctx.string(0)), terms.text(ctx.string(1)), Spans.of(ctx));
    }

    @Override
    public Step visitAliasSetting(AliasSettingContext ctx) {
        return new NetworkAlias(terms.text(ctx.string()), Spans.of(ctx));
    }

    @Override
    public Step visitAnonymousVolumeSetting(AnonymousVolumeSettingContext ctx) {
        return new AnonymousVolume(terms.text(ctx.string()), Spans.of(ctx));
    }

    /** Waits have no place here: the record holds settings only, so they are reported rather than dropped. */
    @Override
    public Step visitServiceSettings(ServiceSettingsContext ctx) {
        List<Setting> settings = new ArrayList<>();
        for (ServiceItemContext item : ctx.serviceItem()) {
            if (item.setting() != null) {
                settings.add(setting(item.setting()));
            } else if (item.target() != null) {
                strayTarget(item.target());
            } else {
                problems.error(
                        "a scenario's service block changes settings only, it cannot wait",
                        Spans.of(item),
                        "waits belong in the service's own declaration; in the scenario, write the wait with 'on"
                                + " service " + terms.name(ctx.name()) + "' after the settings");
            }
        }
        return new ServiceSettings(terms.name(ctx.name()), settings, Spans.of(ctx));
    }

    @Override
    public Step visitWaitStep(WaitStepContext ctx) {
        return waitAction(ctx.waitAction());
    }

    @Override
    public Step visitSignalAction(SignalActionContext ctx) {
        Span span = Spans.of(ctx);
        return new SendSignal(terms.signal(ctx.signal()), terms.target(ctx.target(), span), span);
    }

    @Override
    public Step visitRecreateAction(RecreateActionContext ctx) {
        if (ctx.target() != null) {
            problems.error(
                    "'recreate' replaces the subject's container and takes no target",
                    Spans.of(ctx.target()),
                    "to start a service's container again, write 'restart on service NAME'");
        }
        return new Recreate(Spans.of(ctx));
    }

    @Override
    public Step visitRestartAction(RestartActionContext ctx) {
        Span span = Spans.of(ctx);
        return new Restart(terms.target(ctx.target(), span), span);
    }

    @Override
    public Step visitPauseAction(PauseActionContext ctx) {
        return new Pause(terms.duration(ctx.duration()), Spans.of(ctx));
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
        Span span = Spans.of(ctx.getParent());
        return new WaitForLog(
                terms.stream(ctx.stream()),
                terms.lineMatch(ctx.lineMatch()),
                terms.target(ctx.target(), span),
                terms.within(ctx.within()),
                span);
    }

    @Override
    public Step visitWaitForHealthy(WaitForHealthyContext ctx) {
        Span span = Spans.of(ctx.getParent());
        return new WaitForHealthy(terms.target(ctx.target(), span), terms.within(ctx.within()), span);
    }

    @Override
    public Step visitWaitForPort(WaitForPortContext ctx) {
        Span span = Spans.of(ctx.getParent());
        return new WaitForPort(
                terms.portValue(ctx.portValue()), terms.target(ctx.target(), span), terms.within(ctx.within()), span);
    }

    @Override
    public Step visitWaitForExit(WaitForExitContext ctx) {
        Span span = Spans.of(ctx.getParent());
        return new WaitForExit(
                terms.values.exitCode(ctx.INT().getSymbol()),
                terms.target(ctx.target(), span),
                terms.within(ctx.within()),
                span);
    }

    @Override
    public Step visitWaitForHttp(WaitForHttpContext ctx) {
        HttpCallContext call = ctx.httpCall();
        Span span = Spans.of(ctx.getParent());
        saves.saves(call.save(), SaveBuilder.Block.WAIT);
        return new WaitForHttp(
                http.request(call), http.assertions(call), http.target(call, span), http.within(call), span);
    }

    @Override
    public Step visitExpectation(ExpectationContext ctx) {
        return checks.visit(ctx.check());
    }
}
