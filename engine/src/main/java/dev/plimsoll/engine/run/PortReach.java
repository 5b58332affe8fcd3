package dev.plimsoll.engine.run;

import static dev.plimsoll.engine.Constants.HOST_OVERRIDE_ENVIRONMENT_NAME;
import static dev.plimsoll.engine.Constants.HOST_OVERRIDE_PROPERTY_NAME;

import dev.plimsoll.engine.check.PortAddress;
import dev.plimsoll.engine.docker.ContainerIds;
import dev.plimsoll.engine.docker.ContainerInfo;
import dev.plimsoll.engine.docker.Docker;
import dev.plimsoll.engine.step.Container;
import dev.plimsoll.engine.step.PortAddresses;
import java.util.Map;
import java.util.Optional;

/**
 * How one run reaches its containers' ports, decided once at its start. On the Docker host, ports are published on
 * 127.0.0.1 and reached there. Inside a container of the same engine (a CI job with the Docker socket mounted),
 * 127.0.0.1 is that container: the runner's own container joins each scenario's network and reaches a container at
 * its address there. A host override names where published ports are reached instead (a TCP daemon's host, say).
 */
final class PortReach {
    private static final String LOOPBACK = "127.0.0.1";

    private final Optional<String> joiner;
    private final String host;
    private final HostPaths paths;
    private final String description;

    private PortReach(Optional<String> joiner, String host, HostPaths paths, String description) {
        this.joiner = joiner;
        this.host = host;
        this.paths = paths;
        this.description = description;
    }

    /** A host to reach published ports at, and where it was given ({@code --host-override}, an environment name). */
    record HostOverride(String host, String source) {}

    /** The parameter ({@code --host-override}) wins over {@code PLIMSOLL_HOST_OVERRIDE}; blank is none. */
    static Optional<HostOverride> override(Optional<String> parameter, Map<String, String> env) {
        if (parameter.isPresent()) {
            return Optional.of(new HostOverride(parameter.get(), "--host-override or " + HOST_OVERRIDE_PROPERTY_NAME));
        }
        return Optional.ofNullable(env.get(HOST_OVERRIDE_ENVIRONMENT_NAME))
                .map(String::trim)
                .filter(host -> !host.isEmpty())
                .map(host -> new HostOverride(host, HOST_OVERRIDE_ENVIRONMENT_NAME));
    }

    /** Published ports on 127.0.0.1, paths as they are: what a run on the Docker host does. */
    static final PortReach ON_HOST = new PortReach(
            Optional.empty(), LOOPBACK, HostPaths.SAME, "ports are reached where Docker publishes them, at 127.0.0.1");

    static PortReach decide(Optional<HostOverride> override, ContainerHints hints, Docker docker) {
        Optional<ContainerInfo> self = hints.inContainer() ? own(hints, docker) : Optional.empty();
        HostPaths paths =
                self.map(info -> HostPaths.through(info.id(), info.mounts())).orElse(HostPaths.SAME);
        if (override.isPresent()) {
            return new PortReach(
                    Optional.empty(),
                    override.get().host(),
                    paths,
                    "ports are reached where Docker publishes them, at "
                            + override.get().host() + " (" + override.get().source() + ")");
        }
        if (!hints.inContainer()) {
            return new PortReach(
                    Optional.empty(),
                    LOOPBACK,
                    paths,
                    "ports are reached where Docker publishes them, at 127.0.0.1: not inside a" + " container");
        }
        String sign = hints.sign().orElseThrow();
        if (self.isEmpty()) {
            return new PortReach(
                    Optional.empty(),
                    LOOPBACK,
                    paths,
                    "ports are reached where Docker publishes them, at 127.0.0.1: inside a container (" + sign
                            + ") that the Docker engine does not know: it runs beside this process, or elsewhere (then"
                            + " --host-override names where its published ports are reached)");
        }
        String id = self.get().id();
        String mode = self.get().networkMode();
        if (mode.equals("none") || mode.startsWith("container:")) {
            // Docker joins no network to a container in these modes; published ports are all there is to try.
            return new PortReach(
                    Optional.empty(),
                    LOOPBACK,
                    paths,
                    "ports are reached where Docker publishes them, at 127.0.0.1: inside container " + shortId(id)
                            + " (" + sign + "), whose network mode '" + mode + "' cannot join the scenario's network"
                            + " (--host-override names where published ports are reached)");
        }
        if (mode.equals("host")) {
            return new PortReach(
                    Optional.empty(),
                    LOOPBACK,
                    paths,
                    "ports are reached where Docker publishes them, at 127.0.0.1: inside container " + shortId(id)
                            + " (" + sign + "), which uses the Docker host's network");
        }
        return new PortReach(
                Optional.of(id),
                LOOPBACK,
                paths,
                "ports are reached at each container's address on its scenario's"
                        + " network, which this runner's container " + shortId(id) + " joins: inside a container ("
                        + sign
                        + "), 127.0.0.1 is not the Docker host (PLIMSOLL_HOST_OVERRIDE or --host-override names another way)");
    }

    /** The first candidate the engine knows; a 12-digit one must be the start of the id it answers with. */
    private static Optional<ContainerInfo> own(ContainerHints hints, Docker docker) {
        for (String candidate : hints.candidates()) {
            Optional<ContainerInfo> found =
                    docker.inspectContainer(candidate).filter(info -> info.id().startsWith(candidate));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The runner's own container, when it joins every scenario's network. */
    Optional<String> joiner() {
        return joiner;
    }

    HostPaths paths() {
        return paths;
    }

    /** For {@code -v}: how ports are reached and why, such as {@code published ports at 127.0.0.1: not inside...}. */
    String describe() {
        return description;
    }

    /** Where the runner reaches the ports of a scenario's containers; {@code network} is the scenario's, if any. */
    PortAddresses addresses(Docker docker, Optional<String> network) {
        if (joiner.isEmpty() || network.isEmpty()) {
            return PortAddresses.published(host);
        }
        String name = network.get();
        return new PortAddresses() {
            @Override
            public Optional<PortAddress> of(Container on, int containerPort, int hostPort) {
                return docker.inspectContainer(on.id())
                        .flatMap(info -> info.address(name))
                        .map(ip -> PortAddress.onNetwork(ip, containerPort, name));
            }

            @Override
            public PortAddress onHost(int port) {
                return PortAddress.published(LOOPBACK, port, port);
            }
        };
    }

    private static String shortId(String id) {
        return ContainerIds.shortId(id);
    }
}
