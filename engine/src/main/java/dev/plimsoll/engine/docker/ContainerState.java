package dev.plimsoll.engine.docker;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A container's state as Docker reports it.
 *
 * @param status Docker's word: {@code created}, {@code running}, {@code paused}, {@code restarting},
 *     {@code removing}, {@code exited} or {@code dead}
 * @param exitCode present once the container has exited
 * @param startedAt empty before the first start
 * @param finishedAt empty before the first exit
 */
public record ContainerState(
        String status,
        boolean running,
        OptionalInt exitCode,
        Health health,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt) {

    /** The image's HEALTHCHECK verdict; {@code NONE} when the image has no health check. */
    public enum Health {
        NONE,
        STARTING,
        HEALTHY,
        UNHEALTHY
    }
}
