package dev.plimsoll.engine.step;

import dev.plimsoll.engine.check.PortAddress;
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
        if (lookup.address().isEmpty()) {
            return List.of(lookup.problem());
        }
        PortAddress address = lookup.address().get();
        return PortProbe.isOpen(address)
                ? List.of()
                : List.of(
                        on.isHost()
                                ? "nothing listens on port " + address.port() + " of the host (" + address.host() + ")"
                                : "nothing listens on port " + key(port) + " of " + on.owner() + " (" + address.route()
                                        + ")");
    }
}
