package dev.plimsoll.engine.plan;

import dev.plimsoll.grammar.ast.Port;
import java.util.Optional;

/** The port a step checks, resolved when it runs: the port, or why its value is not one (a failure of the step). */
public record CheckedPort(Optional<Port> port, String problem) {

    static CheckedPort of(Port port) {
        return new CheckedPort(Optional.of(port), "");
    }

    static CheckedPort invalid(String problem) {
        return new CheckedPort(Optional.empty(), problem);
    }
}
