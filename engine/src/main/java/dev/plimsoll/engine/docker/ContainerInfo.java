package dev.plimsoll.engine.docker;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the runner needs to know of a container it did not create, such as its own when it runs inside one.
 *
 * @param id the full id
 * @param networkMode {@code default}, {@code bridge}, {@code host}, {@code container:ID} or a network's name
 * @param mounts its bind mounts and volumes, as the Docker host sees them
 * @param addresses its IPv4 address on each network it is on, by network name (empty while it is not running)
 */
public record ContainerInfo(String id, String networkMode, List<Mount> mounts, Map<String, String> addresses) {

    public ContainerInfo {
        mounts = List.copyOf(mounts);
        addresses = Map.copyOf(addresses);
    }

    /**
     * A path of the Docker host (or a volume's directory there) mounted at a path of the container.
     *
     * @param source the path on the Docker host
     * @param destination the path in the container
     */
    public record Mount(String source, String destination) {}

    /** Its address on {@code network}; empty when it is not on it or not running. */
    public Optional<String> address(String network) {
        return Optional.ofNullable(addresses.get(network)).filter(address -> !address.isEmpty());
    }
}
