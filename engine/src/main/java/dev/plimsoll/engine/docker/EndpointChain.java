package dev.plimsoll.engine.docker;

import java.util.List;

/** The strategies in the docker CLI's order; the first that finds an endpoint decides, as for the CLI. */
final class EndpointChain {

    private final List<EndpointStrategy> strategies;

    EndpointChain(List<EndpointStrategy> strategies) {
        this.strategies = List.copyOf(strategies);
    }

    static EndpointChain standard() {
        return new EndpointChain(List.of(
                new HostOverrideStrategy(),
                new EnvironmentStrategy(),
                new DockerContextStrategy(),
                new DefaultSocketStrategy()));
    }

    DockerEndpoint resolve(DockerSettings settings) {
        for (EndpointStrategy strategy : strategies) {
            var found = strategy.find(settings);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new DockerUnavailableException("cannot find a Docker engine: no strategy named one", null);
    }
}
