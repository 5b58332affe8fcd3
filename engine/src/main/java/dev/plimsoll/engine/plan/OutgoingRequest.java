package dev.plimsoll.engine.plan;

import java.util.List;
import java.util.Optional;

/**
 * An HTTP request as it will be sent: path, header names and values and body with their {@code ${NAME}} replaced.
 *
 * @param port the container port (or host port {@code on host}); empty means the only published one
 */
public record OutgoingRequest(
        String method,
        String path,
        Optional<Integer> port,
        List<Header> headers,
        Optional<String> body,
        boolean followRedirects) {

    public OutgoingRequest {
        headers = List.copyOf(headers);
    }

    public record Header(String name, String value) {}
}
