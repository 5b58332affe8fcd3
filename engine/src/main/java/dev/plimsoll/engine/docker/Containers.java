package dev.plimsoll.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Volume;
import com.github.dockerjava.api.model.WaitResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** Container lifecycle and inspection, one docker-java call each. */
final class Containers {

    private final DockerClient client;
    private final Map<String, String> runLabels;
    private final EngineWatch watch;

    private final boolean engineSharesOurClock;

    Containers(DockerClient client, Map<String, String> runLabels, EngineWatch watch, boolean engineSharesOurClock) {
        this.client = client;
        this.watch = watch;
        this.runLabels = Map.copyOf(runLabels);
        this.engineSharesOurClock = engineSharesOurClock;
    }

    String create(ContainerSpec spec) {
        return watch.run(
                "create a container from " + spec.image(),
                () -> command(spec).exec().getId());
    }

    private CreateContainerCmd command(ContainerSpec spec) {
        Map<String, String> labels = new HashMap<>(spec.labels());
        labels.putAll(runLabels);
        List<ExposedPort> exposed =
                spec.ports().stream().map(ExposedPort::parse).toList();
        Ports bindings = new Ports();
        // An empty host port lets Docker choose a free one; only loopback is ever bound.
        exposed.forEach(port -> bindings.bind(port, Ports.Binding.bindIp("127.0.0.1")));
        List<Bind> binds = spec.volumes().stream()
                .map(mount -> new Bind(
                        mount.volume(),
                        new Volume(mount.containerPath()),
                        mount.readOnly() ? AccessMode.ro : AccessMode.rw))
                .toList();
        HostConfig host = HostConfig.newHostConfig().withPortBindings(bindings).withBinds(binds);
        spec.network().ifPresent(host::withNetworkMode);
        CreateContainerCmd command = client.createContainerCmd(spec.image())
                .withEnv(env(spec))
                .withLabels(labels)
                .withExposedPorts(exposed)
                .withHostConfig(host);
        spec.name().ifPresent(command::withName);
        spec.cmd().ifPresent(command::withCmd);
        spec.entrypoint().ifPresent(command::withEntrypoint);
        spec.user().ifPresent(command::withUser);
        spec.workingDir().ifPresent(command::withWorkingDir);
        spec.healthcheck().map(Containers::healthCheck).ifPresent(command::withHealthcheck);
        if (spec.network().isPresent() && !spec.networkAliases().isEmpty()) {
            command.withAliases(spec.networkAliases());
        }
        return command;
    }

    /** Docker takes the timings in nanoseconds; a part left out keeps the image's. */
    private static HealthCheck healthCheck(ContainerSpec.Health health) {
        HealthCheck check = new HealthCheck();
        if (!health.test().isEmpty()) {
            check.withTest(health.test());
        }
        health.interval().ifPresent(d -> check.withInterval(d.toNanos()));
        health.timeout().ifPresent(d -> check.withTimeout(d.toNanos()));
        health.startPeriod().ifPresent(d -> check.withStartPeriod(d.toNanos()));
        health.retries().ifPresent(check::withRetries);
        return check;
    }

    /** {@code NAME} without {@code =} makes the engine drop an image variable (verified on 20.10). */
    private static List<String> env(ContainerSpec spec) {
        List<String> env = new ArrayList<>();
        spec.env().forEach((key, value) -> env.add(key + "=" + value));
        env.addAll(spec.unsetEnv());
        return env;
    }

    void start(String id) {
        watch.run("start container " + shortId(id), () -> {
            try {
                client.startContainerCmd(id).exec();
            } catch (NotModifiedException alreadyRunning) {
                // Starting a running container changes nothing.
            }
        });
    }

    void kill(String id, String signal) {
        watch.run("send " + signal + " to container " + shortId(id), () -> {
            client.killContainerCmd(id).withSignal(signal).exec();
        });
    }

    void stop(String id, Duration timeout) {
        watch.run("stop container " + shortId(id), timeout.plus(EngineWatch.REQUEST_TIMEOUT), () -> {
            try {
                client.stopContainerCmd(id).withTimeout(seconds(timeout)).exec();
            } catch (NotModifiedException alreadyStopped) {
                // Stopping a stopped container changes nothing.
            }
        });
    }

    void restart(String id, Duration timeout) {
        watch.run("restart container " + shortId(id), timeout.plus(EngineWatch.REQUEST_TIMEOUT), () -> {
            client.restartContainerCmd(id).withTimeout(seconds(timeout)).exec();
        });
    }

    void remove(String id) {
        watch.run("remove container " + shortId(id), () -> {
            try {
                client.removeContainerCmd(id)
                        .withForce(true)
                        .withRemoveVolumes(true)
                        .exec();
            } catch (NotFoundException gone) {
                // Already gone is what we wanted.
            }
        });
    }

    Map<String, Integer> publishedPorts(String id) {
        InspectContainerResponse container = inspect(id);
        Map<String, Integer> published = new LinkedHashMap<>();
        if (container.getNetworkSettings() == null
                || container.getNetworkSettings().getPorts() == null) {
            watch.confirmAlive();
            return published;
        }
        container.getNetworkSettings().getPorts().getBindings().forEach((port, bindings) -> {
            if (bindings == null || bindings.length == 0) {
                return;
            }
            published.put(port.toString(), Integer.parseInt(bindings[0].getHostPortSpec()));
        });
        if (published.isEmpty()) {
            // An engine shutting down still answers on open connections, about containers it stopped.
            watch.confirmAlive();
        }
        return published;
    }

    ContainerState state(String id) {
        InspectContainerResponse.ContainerState state = inspect(id).getState();
        String status = state.getStatus() == null ? "unknown" : state.getStatus();
        boolean exited = status.equals("exited") || status.equals("dead");
        Long exitCode = state.getExitCodeLong();
        if (!Boolean.TRUE.equals(state.getRunning())) {
            watch.confirmAlive();
        }
        return new ContainerState(
                status,
                Boolean.TRUE.equals(state.getRunning()),
                exited && exitCode != null ? OptionalInt.of(exitCode.intValue()) : OptionalInt.empty(),
                health(state),
                instant(state.getStartedAt()),
                instant(state.getFinishedAt()));
    }

    private static ContainerState.Health health(InspectContainerResponse.ContainerState state) {
        if (state.getHealth() == null || state.getHealth().getStatus() == null) {
            return ContainerState.Health.NONE;
        }
        return switch (state.getHealth().getStatus()) {
            case "starting" -> ContainerState.Health.STARTING;
            case "healthy" -> ContainerState.Health.HEALTHY;
            case "unhealthy" -> ContainerState.Health.UNHEALTHY;
            default -> ContainerState.Health.NONE;
        };
    }

    /** Docker writes {@code 0001-01-01T00:00:00Z} for "never". */
    private static Optional<Instant> instant(String text) {
        if (text == null || text.isEmpty() || text.startsWith("0001-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    OptionalInt awaitExit(String id, Duration deadline) {
        Instant by = Instant.now().plus(deadline);
        OptionalInt code = watch.run(
                "wait for container " + shortId(id) + " to exit",
                deadline.plus(EngineWatch.REQUEST_TIMEOUT),
                () -> waitFor(id, deadline));
        // A stopping engine stops its containers after it closed its socket, and a frozen one lets every wait run
        // out: either answer is believed once the engine answers.
        watch.confirmAlive();
        // Docker's exit time is read on the engine's clock: only a local engine's is ours to compare with.
        return code.isPresent() || !engineSharesOurClock ? code : LateExit.inTime(state(id), by);
    }

    private OptionalInt waitFor(String id, Duration deadline) {
        ExitWait callback = client.waitContainerCmd(id).exec(new ExitWait());
        try (callback) {
            if (!callback.awaitCompletion(Math.max(1, deadline.toMillis()), TimeUnit.MILLISECONDS)) {
                return OptionalInt.empty();
            }
            callback.rethrow();
            Integer code = callback.code;
            if (code == null) {
                throw new DockerOperationException(
                        "the engine ended the wait for " + shortId(id) + " without an exit code");
            }
            return OptionalInt.of(code);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DockerOperationException("interrupted while waiting for " + shortId(id) + " to exit", e);
        } catch (IOException e) {
            throw new DockerOperationException("cannot stop waiting for " + shortId(id) + ": " + e.getMessage(), e);
        }
    }

    /** docker-java's own wait callback logs a broken stream at ERROR with its stack; ours keeps it for the caller. */
    private static final class ExitWait extends QuietCallback<WaitResponse> {
        private volatile @Nullable Integer code;

        @Override
        public void onNext(WaitResponse response) {
            code = response.getStatusCode();
        }
    }

    InspectContainerResponse inspect(String id) {
        return watch.run("inspect container " + shortId(id), () -> client.inspectContainerCmd(id)
                .exec());
    }

    static String shortId(String id) {
        return ContainerIds.shortId(id);
    }

    private static int seconds(Duration timeout) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
    }
}
