package dev.plimsoll.engine.run;

import dev.plimsoll.engine.docker.ContainerIds;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Moments in the life of a scenario's containers, told as they happen so that a report can draw a timeline: each is
 * published as a report entry of the scenario, whose timestamp is the moment, with the keys below.
 */
@FunctionalInterface
public interface ContainerEvents {
    /** Report entry key: which container, as the report names it ({@code subject}, {@code service db}, …). */
    String CONTAINER = "container";

    /** Report entry key: what happened, one of the event constants below. */
    String EVENT = "event";

    /** Report entry key: the container's short id. */
    String ID = "id";

    /**
     * Report entry key: when it happened ({@link LocalDateTime} text). A scenario prepared ahead publishes its
     * moments only once it starts, so the entry's own timestamp can be later than the moment.
     */
    String AT = "at";

    String CREATED = "created";
    String STARTED = "started";
    /** A service's own waits held. */
    String READY = "ready";
    /** A service's own wait did not hold. */
    String NOT_READY = "not ready";
    /** The scenario is done with it: removal starts (in the background when the scenario ends). */
    String REMOVING = "removing";

    ContainerEvents NONE = entry -> {};

    /** One moment, as the keys above. */
    void publish(Map<String, String> entry);

    default void moment(String container, String event, String id) {
        publish(Map.of(
                CONTAINER,
                container,
                EVENT,
                event,
                ID,
                shortId(id),
                AT,
                LocalDateTime.now().toString()));
    }

    static String shortId(String id) {
        return ContainerIds.shortId(id);
    }
}
