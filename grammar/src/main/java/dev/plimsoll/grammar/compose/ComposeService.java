package dev.plimsoll.grammar.compose;

import java.util.List;
import java.util.Optional;

/** One service after merging, {@code extends} and interpolation, every part with its origin. */
public record ComposeService(
        String name,
        Origin origin,
        Optional<Value> image,
        Optional<ComposeBuild> build,
        Optional<Argv> command,
        Optional<Argv> entrypoint,
        List<EnvVar> environment,
        List<Value> envFiles,
        Optional<Value> user,
        Optional<Value> workingDir,
        List<EnvVar> labels,
        List<ContainerPort> ports,
        List<Mount> mounts,
        List<Dependency> dependsOn,
        Optional<Healthcheck> healthcheck,
        List<NetworkAttachment> networks,
        List<String> profiles,
        List<Link> links) {
    public ComposeService {
        environment = List.copyOf(environment);
        envFiles = List.copyOf(envFiles);
        labels = List.copyOf(labels);
        ports = List.copyOf(ports);
        mounts = List.copyOf(mounts);
        dependsOn = List.copyOf(dependsOn);
        networks = List.copyOf(networks);
        profiles = List.copyOf(profiles);
        links = List.copyOf(links);
    }
}
