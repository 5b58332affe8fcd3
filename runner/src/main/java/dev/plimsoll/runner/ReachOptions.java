package dev.plimsoll.runner;

import dev.plimsoll.runner.launch.EngineParameters;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Where the tests reach the containers' ports, for a runner that is not on the Docker host's loopback. */
final class ReachOptions {

    @Option(
            names = "--host-override",
            paramLabel = "HOST",
            description = "Reach the ports Docker publishes at HOST instead of 127.0.0.1, such as a TCP daemon's "
                    + "host (default: PLIMSOLL_HOST_OVERRIDE; inside a container of the same engine, each "
                    + "container's address on its scenario's network; -v says which).")
    @Nullable
    String hostOverride;

    void addTo(Map<String, String> parameters) {
        if (hostOverride != null && !hostOverride.isBlank()) {
            parameters.put(EngineParameters.HOST_OVERRIDE, hostOverride.trim());
        }
    }
}
