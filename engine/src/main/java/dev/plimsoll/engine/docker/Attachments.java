package dev.plimsoll.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerNetwork;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A container's networks and mounts: the runner's own container joins the scenarios' networks through this. */
final class Attachments {

    private final DockerClient client;
    private final EngineWatch watch;

    Attachments(DockerClient client, EngineWatch watch) {
        this.client = client;
        this.watch = watch;
    }

    Optional<ContainerInfo> inspect(String reference) {
        return watch.run("inspect container " + Containers.shortId(reference), () -> {
            try {
                return Optional.of(info(client.inspectContainerCmd(reference).exec()));
            } catch (NotFoundException unknown) {
                return Optional.empty();
            }
        });
    }

    private static ContainerInfo info(InspectContainerResponse container) {
        List<ContainerInfo.Mount> mounts = container.getMounts() == null
                ? List.of()
                : container.getMounts().stream()
                        .filter(mount -> mount.getSource() != null && mount.getDestination() != null)
                        .map(mount -> new ContainerInfo.Mount(
                                mount.getSource(), mount.getDestination().getPath()))
                        .toList();
        Map<String, String> addresses = new LinkedHashMap<>();
        if (container.getNetworkSettings() != null
                && container.getNetworkSettings().getNetworks() != null) {
            for (Map.Entry<String, ContainerNetwork> network :
                    container.getNetworkSettings().getNetworks().entrySet()) {
                String ip = network.getValue().getIpAddress();
                addresses.put(network.getKey(), ip == null ? "" : ip);
            }
        }
        String mode =
                container.getHostConfig() == null || container.getHostConfig().getNetworkMode() == null
                        ? "default"
                        : container.getHostConfig().getNetworkMode();
        return new ContainerInfo(container.getId(), mode, mounts, addresses);
    }

    void connect(String network, String containerId) {
        watch.run("connect container " + Containers.shortId(containerId) + " to network " + network, () -> {
            client.connectToNetworkCmd()
                    .withNetworkId(network)
                    .withContainerId(containerId)
                    .exec();
        });
    }

    /** Gone already (the network or the container) is what we wanted. */
    void disconnect(String network, String containerId) {
        watch.run("disconnect container " + Containers.shortId(containerId) + " from network " + network, () -> {
            try {
                client.disconnectFromNetworkCmd()
                        .withNetworkId(network)
                        .withContainerId(containerId)
                        .withForce(true)
                        .exec();
            } catch (NotFoundException gone) {
                // Already apart.
            }
        });
    }
}
