package dev.plimsoll.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Networks, volumes, and removing everything that carries given labels. */
final class Cleanup {

    static final String OUR_LABEL = "dev.plimsoll";
    static final String RUN_LABEL = "dev.plimsoll.run";

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
            } catch (DockerException e) {
                if (!String.valueOf(e.getMessage()).contains("active endpoints")) {
                    throw e;
                }
                // A runner inside a container joins the scenario's network; if it ended without leaving, let it go.
                disconnectAll(name);
                client.removeNetworkCmd(name).exec();
            }
        });
        networks.release(name);
    }

    private void disconnectAll(String network) {
        Map<String, ?> attached =
                client.inspectNetworkCmd().withNetworkId(network).exec().getContainers();
        if (attached == null) {
            return;
        }
        for (String container : attached.keySet()) {
            try {
                client.disconnectFromNetworkCmd()
                        .withNetworkId(network)
                        .withContainerId(container)
                        .withForce(true)
                        .exec();
            } catch (NotFoundException gone) {
                // Already apart.
            }
        }
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
     * Containers first (they hold networks and volumes), then networks, then volumes, each kind in parallel
     * (bounded). Images stay: built ones are Docker's layer cache for the next run.
     */
    RemovalCounts removeAll(Map<String, String> labels, Consumer<String> removeContainer) {
        List<String> filter = labels.entrySet().stream()
                .map(label -> label.getKey() + "=" + label.getValue())
                .toList();
        List<String> found = watch
                .run("list containers labelled " + filter, () -> client.listContainersCmd()
                        .withShowAll(true)
                        .withLabelFilter(labels)
                        .exec())
                .stream()
                .map(Container::getId)
                .toList();
        Parallel.forEach(found, removeContainer);
        // by name: a network's slot in NetworkSlots is given back under its name
        List<String> networks = watch
                .run("list networks labelled " + filter, () -> client.listNetworksCmd()
                        .withFilter("label", filter)
                        .exec())
                .stream()
                .map(Network::getName)
                .toList();
        Parallel.forEach(networks, this::removeNetwork);
        List<String> volumes = watch.run("list volumes labelled " + filter, () -> volumeNames(filter));
        Parallel.forEach(volumes, this::removeVolume);
        return new RemovalCounts(found.size(), networks.size(), volumes.size());
    }

    /** Every run that has containers, networks or volumes in the engine, with its owner when it recorded one. */
    List<LeftRun> runs() {
        Map<String, LeftRun.Builder> runs = new TreeMap<>();
        Map<String, String> ours = Map.of(OUR_LABEL, "true");
        DockerCall.run("list containers labelled " + OUR_LABEL, () -> client.listContainersCmd()
                        .withShowAll(true)
                        .withLabelFilter(ours)
                        .exec())
                .forEach(container -> builder(runs, container.getLabels()).containers++);
        DockerCall.run("list networks labelled " + OUR_LABEL, () -> client.listNetworksCmd()
                        .withFilter("label", List.of(OUR_LABEL + "=true"))
                        .exec())
                .forEach(network -> builder(runs, network.getLabels()).networks++);
        DockerCall.run("list volumes labelled " + OUR_LABEL, () -> {
                    List<InspectVolumeResponse> volumes = client.listVolumesCmd()
                            .withFilter("label", List.of(OUR_LABEL + "=true"))
                            .exec()
                            .getVolumes();
                    return volumes == null ? List.<InspectVolumeResponse>of() : volumes;
                })
                .forEach(volume -> builder(runs, volume.getLabels()).volumes++);
        runs.remove("");
        return runs.values().stream().map(LeftRun.Builder::build).toList();
    }

    private static LeftRun.Builder builder(Map<String, LeftRun.Builder> runs, @Nullable Map<String, String> labels) {
        Map<String, String> known = labels == null ? Map.of() : labels;
        String run = known.getOrDefault(RUN_LABEL, "");
        LeftRun.Builder builder = runs.computeIfAbsent(run, LeftRun.Builder::new);
        if (builder.owner.isEmpty()) builder.owner = RunOwner.fromLabels(known);
        return builder;
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
