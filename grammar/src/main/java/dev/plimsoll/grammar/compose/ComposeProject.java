package dev.plimsoll.grammar.compose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services that will start (profiles applied), in an order where each comes after what it depends on,
 * the top-level named volumes, and the files they came from.
 */
public record ComposeProject(List<ComposeService> services, Map<String, Origin> volumes, List<Path> files) {
    public ComposeProject {
        services = List.copyOf(services);
        volumes = Map.copyOf(volumes);
        files = List.copyOf(files);
    }

    public Optional<ComposeService> service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return services.stream().map(ComposeService::name).toList();
    }
}
