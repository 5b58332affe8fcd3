package dev.plimsoll.engine.step;

import dev.plimsoll.engine.check.PortAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds where the runner reaches a container port of the container a step acts on ({@link PortAddresses}), or says
 * why it cannot and what would help: {@code publish N}, or naming the service that does publish it. A port counts
 * only when it is published, however the runner reaches it, so a contract means the same wherever it runs.
 */
final class PublishedPorts {
    private PublishedPorts() {}

    /** An address, or the one-line reason there is none. */
    record Lookup(Optional<PortAddress> address, String problem) {
        static Lookup found(PortAddress address) {
            return new Lookup(Optional.of(address), "");
        }

        static Lookup missing(String problem) {
            return new Lookup(Optional.empty(), problem);
        }
    }

    /** {@code port} absent: the container's only published TCP port. */
    static Lookup tcp(StepContext context, Container on, Optional<Integer> port) {
        if (on.isHost()) {
            return port.map(number -> Lookup.found(context.addresses().onHost(number)))
                    .orElseGet(() -> Lookup.missing("a request on host needs 'port N', the host port"));
        }
        Map<String, Integer> published = context.docker().publishedPorts(on.id());
        Optional<Integer> containerPort = port.isPresent() ? port : onlyTcpPort(published);
        if (containerPort.isEmpty()) {
            return Lookup.missing(
                    published.isEmpty()
                            ? on.owner() + " publishes no port: add 'publish N' or EXPOSE it in the image"
                            : "no port given and " + on.owner() + " publishes " + published.keySet()
                                    + ": add 'port N' to the request");
        }
        Integer hostPort = published.get(containerPort.get() + "/tcp");
        return hostPort == null
                ? Lookup.missing(notPublished(context, on, containerPort.get() + "/tcp"))
                : reach(context, on, containerPort.get(), hostPort);
    }

    /** The host port of {@code portKey} ({@code 9000/tcp}), or the reason there is none. */
    static Lookup exact(StepContext context, Container on, String portKey) {
        int number = Integer.parseInt(portKey.substring(0, portKey.indexOf('/')));
        if (on.isHost()) {
            return Lookup.found(context.addresses().onHost(number));
        }
        Integer hostPort = context.docker().publishedPorts(on.id()).get(portKey);
        return hostPort == null
                ? Lookup.missing(notPublished(context, on, portKey))
                : reach(context, on, number, hostPort);
    }

    private static Lookup reach(StepContext context, Container on, int containerPort, int hostPort) {
        return context.addresses()
                .of(on, containerPort, hostPort)
                .map(Lookup::found)
                .orElseGet(() -> Lookup.missing(on.owner() + " has no address on the scenario's network to reach port "
                        + containerPort + " at: it is not running"));
    }

    private static String notPublished(StepContext context, Container on, String portKey) {
        String number = portKey.substring(0, portKey.indexOf('/'));
        List<String> publishers = context.services().entrySet().stream()
                .filter(service -> !service.getValue().id().equals(on.id()))
                .filter(service ->
                        context.docker().publishedPorts(service.getValue().id()).containsKey(portKey))
                .map(Map.Entry::getKey)
                .toList();
        if (!publishers.isEmpty()) {
            return "port " + portKey + " is not published by " + on.owner() + " but by service " + publishers.get(0)
                    + ": add 'on service " + publishers.get(0) + "' to the step";
        }
        return "port " + portKey + " is not published by " + on.owner() + ": add 'publish " + number
                + "' to its settings or EXPOSE it in its image";
    }

    private static Optional<Integer> onlyTcpPort(Map<String, Integer> published) {
        List<Integer> tcp = published.keySet().stream()
                .filter(key -> key.endsWith("/tcp"))
                .map(key -> Integer.parseInt(key.substring(0, key.indexOf('/'))))
                .toList();
        return tcp.size() == 1 ? Optional.of(tcp.get(0)) : Optional.empty();
    }
}
