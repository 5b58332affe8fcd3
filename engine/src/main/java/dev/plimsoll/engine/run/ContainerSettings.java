package dev.plimsoll.engine.run;

import dev.plimsoll.engine.descriptor.ContractLocation;
import dev.plimsoll.engine.docker.ContainerSpec;
import dev.plimsoll.engine.step.PortsOpen;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.AnonymousVolume;
import dev.plimsoll.grammar.ast.CommandSetting;
import dev.plimsoll.grammar.ast.DockerSocketMount;
import dev.plimsoll.grammar.ast.EntrypointSetting;
import dev.plimsoll.grammar.ast.EnvSetting;
import dev.plimsoll.grammar.ast.EnvUnset;
import dev.plimsoll.grammar.ast.HealthcheckSetting;
import dev.plimsoll.grammar.ast.HostMount;
import dev.plimsoll.grammar.ast.LabelSetting;
import dev.plimsoll.grammar.ast.NetworkAlias;
import dev.plimsoll.grammar.ast.NoHealthcheck;
import dev.plimsoll.grammar.ast.Publish;
import dev.plimsoll.grammar.ast.Setting;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.UserSetting;
import dev.plimsoll.grammar.ast.VolumeMount;
import dev.plimsoll.grammar.ast.WorkdirSetting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Applies the settings of a scenario, a service or a client to the container it will create: one applier per kind
 * of setting, and a kind without one fails ContainerSettingsTest (and, at run time, the scenario), never silently.
 */
final class ContainerSettings {

    /**
     * What an applier may use besides the spec: the scenario's variables, its own volumes by logical name, the
     * contract's folder (host paths are relative to it), the Docker endpoint and, for {@code mount docker socket}, the
     * scenario's own socket in front of the engine's ({@code socketFor}: engine socket path to the path to bind), and
     * the Docker host's paths for the runner's ({@code hostPaths}: different when the runner runs in a container).
     */
    record Scope(
            Variables variables,
            UnaryOperator<String> volumeName,
            ContractLocation location,
            String dockerEndpoint,
            UnaryOperator<String> socketFor,
            HostPaths hostPaths) {
        String resolve(Text text) {
            return text.resolve(variables);
        }

        List<String> resolveAll(List<Text> texts) {
            return texts.stream().map(this::resolve).toList();
        }

        /**
         * A host path as Docker needs it: absolute, relative ones taken from the contract's folder, and then the Docker
         * host's path for it when the runner runs in a container.
         */
        String hostPath(String written) {
            Path path = Path.of(written);
            if (!path.isAbsolute()) {
                Path directory = location.directory()
                        .orElseThrow(() ->
                                new IllegalStateException("a relative 'mount' needs a contract on the file system; "
                                        + location.displayName() + " is inside a jar"));
                path = directory.resolve(path).toAbsolutePath();
            }
            return onDockerHost(path.normalize().toString());
        }

        /** The Docker host's path for a path of the runner's file system; a path it does not have fails the start. */
        String onDockerHost(String path) {
            return hostPaths.translate(path).orElseThrow(() -> new IllegalStateException(hostPaths.notShared(path)));
        }

        /** The engine's own socket on this machine; only a local engine on a unix socket can be handed over. */
        String dockerSocket() {
            String endpoint = dockerEndpoint.split(" ", 2)[0];
            if (!endpoint.startsWith("unix://")) {
                throw new IllegalStateException("'mount docker socket' needs a Docker engine on a unix socket; this run"
                        + " talks to " + endpoint);
            }
            return endpoint.substring("unix://".length());
        }
    }

    @FunctionalInterface
    interface Applier<S extends Setting> {
        void apply(S setting, ContainerSpec.Builder spec, Scope scope);
    }

    private static final String DOCKER_SOCKET_IN_CONTAINER = "/var/run/docker.sock";
    private static final Map<Class<?>, Applier<?>> APPLIERS = new HashMap<>();

    static {
        register(EnvSetting.class, (env, spec, scope) -> spec.env(env.name(), scope.resolve(env.value())));
        register(EnvUnset.class, (unset, spec, scope) -> spec.unsetEnv(unset.name()));
        register(Publish.class, (publish, spec, scope) -> spec.publish(PortsOpen.key(publish.port())));
        register(
                VolumeMount.class,
                (volume, spec, scope) -> spec.volume(
                        scope.volumeName().apply(scope.resolve(volume.volume())), scope.resolve(volume.path())));
        register(CommandSetting.class, (command, spec, scope) -> spec.cmd(scope.resolveAll(command.argv())));
        register(
                EntrypointSetting.class,
                (entrypoint, spec, scope) -> spec.entrypoint(scope.resolveAll(entrypoint.argv())));
        register(UserSetting.class, (user, spec, scope) -> spec.user(scope.resolve(user.user())));
        register(
                HostMount.class,
                (mount, spec, scope) -> spec.bind(
                        scope.hostPath(scope.resolve(mount.hostPath())),
                        scope.resolve(mount.containerPath()),
                        mount.readOnly()));
        register(
                DockerSocketMount.class,
                (mount, spec, scope) -> spec.bind(
                        scope.onDockerHost(scope.socketFor().apply(scope.dockerSocket())),
                        DOCKER_SOCKET_IN_CONTAINER,
                        false));
        register(HealthcheckSetting.class, (health, spec, scope) -> spec.healthcheck(health(health, scope)));
        register(NoHealthcheck.class, (none, spec, scope) -> spec.healthcheck(ContainerSpec.Health.none()));
        register(WorkdirSetting.class, (workdir, spec, scope) -> spec.workingDir(scope.resolve(workdir.path())));
        register(
                LabelSetting.class,
                (label, spec, scope) ->
                        spec.label(ownLabelRefused(scope.resolve(label.name())), scope.resolve(label.value())));
        register(NetworkAlias.class, (alias, spec, scope) -> spec.alias(scope.resolve(alias.alias())));
        register(AnonymousVolume.class, (volume, spec, scope) -> spec.anonymousVolume(scope.resolve(volume.path())));
        // ServiceSettings has no applier: ScenarioPlan moves it into the service's own settings.
    }

    private ContainerSettings() {}

    /**
     * A {@code dev.plimsoll.*} label is how cleanup finds what a run made; check refuses one written in a contract,
     * and this catches one that comes from a Compose file or resolves from a variable.
     */
    private static String ownLabelRefused(String name) {
        if (name.startsWith("dev.plimsoll.") || name.equals("dev.plimsoll")) {
            throw new IllegalStateException("label '" + name + "' is plimsoll's own: it marks what a run made, so"
                    + " that cleanup finds it; use a name of your own");
        }
        return name;
    }

    /** As Docker takes it: a shell test is {@code CMD-SHELL}, a list {@code CMD}; no test keeps the image's. */
    private static ContainerSpec.Health health(HealthcheckSetting health, Scope scope) {
        List<String> test = new ArrayList<>();
        health.test().ifPresent(t -> {
            test.add(t.shell() ? "CMD-SHELL" : "CMD");
            test.addAll(scope.resolveAll(t.words()));
        });
        return new ContainerSpec.Health(
                test,
                health.interval().map(ContainerSettings::duration),
                health.timeout().map(ContainerSettings::duration),
                health.startPeriod().map(ContainerSettings::duration),
                health.retries());
    }

    private static java.time.Duration duration(dev.plimsoll.grammar.ast.Duration duration) {
        return java.time.Duration.ofMillis(duration.millis());
    }

    private static <S extends Setting> void register(Class<S> kind, Applier<S> applier) {
        APPLIERS.put(kind, applier);
    }

    static Set<Class<?>> kinds() {
        return Set.copyOf(APPLIERS.keySet());
    }

    static void apply(List<? extends Setting> settings, ContainerSpec.Builder spec, Scope scope) {
        for (Setting setting : settings) {
            applierOf(setting).apply(setting, spec, scope);
        }
    }

    @SuppressWarnings("unchecked") // register() pairs each kind with an applier of that kind
    private static Applier<Setting> applierOf(Setting setting) {
        Applier<?> applier = APPLIERS.get(setting.getClass());
        if (applier == null) {
            throw new IllegalStateException(
                    "no container setting for " + setting.getClass().getSimpleName() + ": " + setting.describe()
                            + " at line " + setting.span().line());
        }
        return (Applier<Setting>) applier;
    }
}
