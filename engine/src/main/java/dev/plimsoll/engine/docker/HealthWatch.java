package dev.plimsoll.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Event;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a container to become healthy through Docker's event stream: each {@code health_status} or {@code die}
 * event wakes the waiter, which then asks for the state once. Nothing is asked again on a timer.
 */
final class HealthWatch {
    private final DockerClient client;
    private final Containers containers;
    private final EngineWatch watch;

    HealthWatch(DockerClient client, Containers containers, EngineWatch watch) {
        this.client = client;
        this.containers = containers;
        this.watch = watch;
    }

    ContainerState await(String id, Duration deadline) {
        return watch.run(
                "wait for container " + Containers.shortId(id) + " to be healthy",
                deadline.plus(EngineWatch.REQUEST_TIMEOUT),
                () -> watch(id, deadline));
    }

    private ContainerState watch(String id, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        Semaphore changes = new Semaphore(0);
        QuietCallback<Event> events = new QuietCallback<>() {
            @Override
            public void onNext(Event event) {
                changes.release();
            }
        };
        // The stream may start after exec() returns: replaying from a second ago covers the gap.
        client.eventsCmd()
                .withContainerFilter(id)
                .withEventFilter("health_status", "die")
                .withSince(String.valueOf(Instant.now().getEpochSecond() - 1))
                .exec(events);
        try (events) {
            // Subscribed first, then looked: a change between the two is in the state or wakes us.
            ContainerState state = containers.state(id);
            while (!settled(state)) {
                long left = end - System.nanoTime();
                if (left <= 0 || !changes.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                    return containers.state(id);
                }
                events.rethrow();
                state = containers.state(id);
            }
            return state;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DockerOperationException("interrupted while waiting for " + Containers.shortId(id), e);
        } catch (IOException e) {
            throw new DockerOperationException(
                    "cannot stop watching " + Containers.shortId(id) + ": " + e.getMessage(), e);
        }
    }

    private static boolean settled(ContainerState state) {
        return state.health() == ContainerState.Health.HEALTHY
                || state.health() == ContainerState.Health.NONE
                || !state.running();
    }
}
