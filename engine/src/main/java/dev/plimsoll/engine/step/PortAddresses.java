package dev.plimsoll.engine.step;

import dev.plimsoll.engine.check.PortAddress;
import java.util.Optional;

/**
 * Where the runner reaches a container's port. On a machine that runs Docker (or with a host override) that is the
 * port Docker published; when the runner itself runs in a container of the same engine, it is the container's
 * address on the scenario's network, which the runner's container joined.
 */
public interface PortAddresses {

    /**
     * The address of container port {@code containerPort} of {@code on}, which Docker published at {@code hostPort};
     * empty when the container has none now (it is not running, so it has no address on the network).
     */
    Optional<PortAddress> of(Container on, int containerPort, int hostPort);

    /** Port {@code port} of the host, for {@code on host}. */
    PortAddress onHost(int port);

    /** Ports Docker published, reached at {@code host}: a host override, such as a TCP daemon's host. */
    static PortAddresses published(String host) {
        return new PortAddresses() {
            @Override
            public Optional<PortAddress> of(Container on, int containerPort, int hostPort) {
                return Optional.of(PortAddress.published(host, hostPort, containerPort));
            }

            @Override
            public PortAddress onHost(int port) {
                return PortAddress.published(host, port, port);
            }
        };
    }
}
