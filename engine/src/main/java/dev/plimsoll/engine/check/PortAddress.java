package dev.plimsoll.engine.check;

import java.util.Optional;

/**
 * Where the runner connects to reach a container's port: a port published on a host address, or the container's own
 * address on a network the runner joined (when it runs inside a container itself).
 *
 * @param host an IP address or host name, such as {@code 127.0.0.1} or {@code 172.18.0.3}
 * @param port the port to connect to there
 * @param containerPort the container port behind it
 * @param network the network whose address {@code host} is; empty for a published port
 */
public record PortAddress(String host, int port, int containerPort, Optional<String> network) {

    /** {@code containerPort} published at {@code host:hostPort}. */
    public static PortAddress published(String host, int hostPort, int containerPort) {
        return new PortAddress(host, hostPort, containerPort, Optional.empty());
    }

    /** {@code containerPort} of a container at its address {@code ip} on {@code network}. */
    public static PortAddress onNetwork(String ip, int containerPort, String network) {
        return new PortAddress(ip, containerPort, containerPort, Optional.of(network));
    }

    /** {@code host:port (container port 9000)}, or {@code ... (container port 9000 on network N)}, for messages. */
    public String describe() {
        return authority() + " (container port " + containerPort
                + network.map(name -> " on network " + name).orElse("") + ")";
    }

    /** How the port is reached: {@code published on 127.0.0.1:49153} or {@code at 172.18.0.3:9000 on network N}. */
    public String route() {
        return network.map(name -> "at " + authority() + " on network " + name)
                .orElseGet(() -> "published on " + authority());
    }

    /** {@code host:port}, with an IPv6 address in brackets. */
    public String authority() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
