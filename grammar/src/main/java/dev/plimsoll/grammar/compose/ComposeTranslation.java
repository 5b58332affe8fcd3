package dev.plimsoll.grammar.compose;

import dev.plimsoll.grammar.Durations;
import dev.plimsoll.grammar.ast.AnonymousVolume;
import dev.plimsoll.grammar.ast.BuildArg;
import dev.plimsoll.grammar.ast.BuildSubject;
import dev.plimsoll.grammar.ast.CommandSetting;
import dev.plimsoll.grammar.ast.Duration;
import dev.plimsoll.grammar.ast.EntrypointSetting;
import dev.plimsoll.grammar.ast.EnvSetting;
import dev.plimsoll.grammar.ast.HealthTest;
import dev.plimsoll.grammar.ast.HealthcheckSetting;
import dev.plimsoll.grammar.ast.HostMount;
import dev.plimsoll.grammar.ast.ImageSubject;
import dev.plimsoll.grammar.ast.LabelSetting;
import dev.plimsoll.grammar.ast.NetworkAlias;
import dev.plimsoll.grammar.ast.NoHealthcheck;
import dev.plimsoll.grammar.ast.Port;
import dev.plimsoll.grammar.ast.Protocol;
import dev.plimsoll.grammar.ast.Publish;
import dev.plimsoll.grammar.ast.Service;
import dev.plimsoll.grammar.ast.Setting;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.Subject;
import dev.plimsoll.grammar.ast.Target;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.UserSetting;
import dev.plimsoll.grammar.ast.VolumeMount;
import dev.plimsoll.grammar.ast.WaitAction;
import dev.plimsoll.grammar.ast.WaitForExit;
import dev.plimsoll.grammar.ast.WaitForHealthy;
import dev.plimsoll.grammar.ast.WorkdirSetting;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A Compose service as a contract service: its build or image, settings, and the waits its dependents ask
 * for ({@code service_healthy} is {@code wait for healthy}, {@code service_completed_successfully} is
 * {@code wait for exit 0}, so the services after it start once it holds). Every node gets {@code span}, the
 * contract's {@code services from} line; the Compose positions stay in the model. Every network's aliases
 * (and {@code links} aliases) go on the scenario's one network.
 */
final class ComposeTranslation {
    private final ComposeProject project;
    private final Span span;

    ComposeTranslation(ComposeProject project, Span span) {
        this.project = project;
        this.span = span;
    }

    Service service(ComposeService service) {
        return new Service(service.name(), subject(service), settings(service), waits(service), span);
    }

    Subject subject(ComposeService service) {
        Optional<ComposeBuild> build = service.build();
        if (build.isPresent()) {
            List<BuildArg> args = new ArrayList<>();
            for (EnvVar arg : build.get().args()) {
                arg.value().ifPresent(v -> args.add(new BuildArg(arg.name(), text(v), span)));
            }
            return new BuildSubject(
                    text(build.get().context().toString()),
                    build.get().dockerfile().map(this::text),
                    args,
                    build.get().target().map(this::text),
                    span);
        }
        return new ImageSubject(text(service.image().map(Value::text).orElse("")), span);
    }

    List<Setting> settings(ComposeService service) {
        List<Setting> settings = new ArrayList<>();
        for (EnvVar env : service.environment()) {
            env.value().ifPresent(v -> settings.add(new EnvSetting(env.name(), text(v), span)));
        }
        service.entrypoint().ifPresent(a -> settings.add(new EntrypointSetting(texts(a.words()), span)));
        service.command().ifPresent(a -> settings.add(new CommandSetting(texts(a.words()), span)));
        service.user().ifPresent(u -> settings.add(new UserSetting(text(u.text()), span)));
        for (ContainerPort port : service.ports()) {
            Protocol protocol = Protocol.valueOf(port.protocol().toUpperCase(Locale.ROOT));
            settings.add(new Publish(new Port(port.port(), protocol, span), span));
        }
        for (Mount mount : service.mounts()) {
            if (mount instanceof Mount.Named named) {
                settings.add(new VolumeMount(text(named.volume()), text(named.target()), span));
            } else if (mount instanceof Mount.Bind bind) {
                settings.add(new HostMount(text(bind.source().toString()), text(bind.target()), bind.readOnly(), span));
            } else if (mount instanceof Mount.Anonymous) {
                settings.add(new AnonymousVolume(text(mount.target()), span));
            } else {
                throw new IllegalStateException("no setting for a Compose mount " + mount);
            }
        }
        service.workingDir().ifPresent(w -> settings.add(new WorkdirSetting(text(w.text()), span)));
        for (EnvVar label : service.labels()) {
            settings.add(new LabelSetting(text(label.name()), text(label.value().orElse("")), span));
        }
        aliases(service).forEach(alias -> settings.add(new NetworkAlias(text(alias), span)));
        service.healthcheck().ifPresent(h -> settings.add(healthcheck(h)));
        return settings;
    }

    /** Every network's aliases (all networks are the scenario's one), and the names others link to it by. */
    private Set<String> aliases(ComposeService service) {
        Set<String> aliases = new LinkedHashSet<>();
        service.networks().forEach(n -> aliases.addAll(n.aliases()));
        for (ComposeService other : project.services()) {
            for (Link link : other.links()) {
                if (link.service().equals(service.name()) && !link.alias().equals(service.name())) {
                    aliases.add(link.alias());
                }
            }
        }
        return aliases;
    }

    private Setting healthcheck(Healthcheck health) {
        if (health.disabled()) {
            return new NoHealthcheck(span);
        }
        Optional<HealthTest> test = Optional.empty();
        List<String> words = health.test();
        if (!words.isEmpty() && words.get(0).equals("CMD-SHELL")) {
            test = Optional.of(
                    new HealthTest(true, List.of(text(String.join(" ", words.subList(1, words.size())))), span));
        } else if (!words.isEmpty()) {
            test = Optional.of(new HealthTest(false, texts(words.subList(1, words.size())), span));
        }
        return new HealthcheckSetting(
                test,
                duration(health.interval()),
                duration(health.timeout()),
                duration(health.startPeriod()),
                health.retries(),
                span);
    }

    private Optional<Duration> duration(Optional<String> written) {
        return written.flatMap(w -> {
            OptionalLong millis = Durations.parseMillis(w);
            return millis.isPresent() ? Optional.of(new Duration(millis.getAsLong(), span)) : Optional.empty();
        });
    }

    /** The strongest condition any started service puts on this one. */
    List<WaitAction> waits(ComposeService service) {
        boolean healthy = false;
        boolean completed = false;
        for (ComposeService dependent : project.services()) {
            for (Dependency dependency : DependencyOrder.dependencies(dependent)) {
                if (dependency.service().equals(service.name())) {
                    healthy |= dependency.condition() == Dependency.Condition.SERVICE_HEALTHY;
                    completed |= dependency.condition() == Dependency.Condition.SERVICE_COMPLETED_SUCCESSFULLY;
                }
            }
        }
        if (completed) {
            return List.of(new WaitForExit(0, Target.subject(span), Optional.empty(), span));
        }
        return healthy ? List.of(new WaitForHealthy(Target.subject(span), Optional.empty(), span)) : List.of();
    }

    private List<Text> texts(List<String> words) {
        return words.stream().map(this::text).toList();
    }

    private Text text(String value) {
        return Text.of(value, span);
    }
}
