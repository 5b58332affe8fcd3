package dev.plimsoll.engine.step;

import dev.plimsoll.grammar.ast.Port;
import java.util.List;
import java.util.Locale;

/** Whether something listens behind a published container port. */
public final class PortsOpen {
    private PortsOpen() {}

    /** Docker's name of a container port: {@code 9000/tcp}. */
    public static String key(Port port) {
        return port.number() + "/" + port.protocol().name().toLowerCase(Locale.ROOT);
    }

    static List<String> mismatches(StepContext context, Container on, Port port) {
        PublishedPorts.Lookup lookup = PublishedPorts.exact(context, on, key(port));
        if (lookup.hostPort().isEmpty()) {
            return List.of(lookup.problem());
        }
        int hostPort = lookup.hostPort().get();
        return PortProbe.isOpen(hostPort)
                ? List.of()
                : List.of(
                        on.isHost()
                                ? "nothing listens on port " + hostPort + " of the host (127.0.0.1)"
                                : "nothing listens on port " + key(port) + " of " + on.owner()
                                        + " (published on 127.0.0.1:" + hostPort + ")");
    }
}
