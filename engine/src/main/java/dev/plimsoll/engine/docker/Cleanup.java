package dev.plimsoll.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Networks, volumes, and removing everything that carries given labels. */
final class Cleanup {

    private final DockerClient client;
    private final Map<String, String> runLabels;
    private final EngineWatch watch;
    private final NetworkSlots networks;

    Cleanup(DockerClient client, Map<String, String> runLabels, EngineWatch watch) {
        this.client = client;
        this.watch = watch;
        this.networks = new NetworkSlots(watch, NetworkSlots.AT_ONCE);
        this.runLabels = Map.copyOf(runLabels);
    }

    /**
     * Waits for one of this run's network slots, then creates the network; an engine whose address pools are all
     * taken (by this run or anyone else) is asked again until {@link NetworkSlots#POOL_WAIT} has passed.
     */
    String createNetwork(String name, Map<String, String> labels) {
        networks.acquire(name);
        try {
            networks.retryWhileExhausted(
                    name,
                    () -> watch.run("create network " + name, () -> client.createNetworkCmd()
                            .withName(name)
                            .withLabels(withRunLabels(labels))
                            .exec()));
            return name;
        } catch (RuntimeException e) {
            networks.release(name);
            throw e;
        }
    }

    void removeNetwork(String name) {
        watch.run("remove network " + name, () -> {
            try {
                client.removeNetworkCmd(name).exec();
            } catch (NotFoundException gone) {
                // Already gone is what we wanted.
            }
        });
        networks.release(name);
    }

    String createVolume(String name, Map<String, String> labels) {
        return watch.run("create volume " + name, () -> client.createVolumeCmd()
                .withName(name)
                .withLabels(withRunLabels(labels))
                .exec()
                .getName());
    }

    void removeVolume(String name) {
        watch.run("remove volume " + name, () -> {
            try {
                client.removeVolumeCmd(name).exec();
            } catch (NotFoundException gone) {
                // Already gone is what we wanted.
            }
        });
    }

    /**
     * Containers first (they hold networks and volumes), then networks, then volumes. Images stay: built ones are
     * Docker's layer cache for the next run.
     */
    RemovalCounts removeAll(Map<String, String> labels, Consumer<String> removeContainer) {
        List<String> filter = labels.entrySet().stream()
                .map(label -> label.getKey() + "=" + label.getValue())
                .toList();
        List<Container> found = watch.run("list containers labelled " + filter, () -> client.listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(labels)
                .exec());
        found.forEach(container -> removeContainer.accept(container.getId()));
        List<Network> foundNetworks = watch.run(
                "list networks labelled " + filter,
                () -> client.listNetworksCmd().withFilter("label", filter).exec());
        foundNetworks.forEach(network -> removeNetwork(network.getName()));
        List<String> volumes = watch.run("list volumes labelled " + filter, () -> volumeNames(filter));
        volumes.forEach(this::removeVolume);
        return new RemovalCounts(found.size(), foundNetworks.size(), volumes.size());
    }

    private List<String> volumeNames(List<String> filter) {
        List<InspectVolumeResponse> volumes =
                client.listVolumesCmd().withFilter("label", filter).exec().getVolumes();
        return volumes == null
                ? List.of()
                : volumes.stream().map(InspectVolumeResponse::getName).toList();
    }

    private Map<String, String> withRunLabels(Map<String, String> labels) {
        Map<String, String> all = new HashMap<>(labels);
        all.putAll(runLabels);
        return all;
    }
}
