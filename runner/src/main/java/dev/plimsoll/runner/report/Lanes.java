package dev.plimsoll.runner.report;

import dev.plimsoll.engine.run.ContainerEvents;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestIdentifier;

/**
 * The containers of one scenario as the timeline draws them: for each, its moments (created, started, ready,
 * removing) from the report entries the engine publishes, each at its own time.
 */
final class Lanes {

    private static final String CONTAINER = ContainerEvents.CONTAINER;
    private static final String EVENT = ContainerEvents.EVENT;
    private static final String ID = ContainerEvents.ID;
    private static final String AT = ContainerEvents.AT;

    record Moment(String event, LocalDateTime at) {}

    record Lane(String container, String id, List<Moment> moments) {
        LocalDateTime first() {
            return moments.get(0).at();
        }

        LocalDateTime last() {
            return moments.get(moments.size() - 1).at();
        }
    }

    private Lanes() {}

    static List<Lane> of(Results results, TestIdentifier owner) {
        Map<String, Lane> lanes = new LinkedHashMap<>();
        for (ReportEntry entry : results.entries(owner)) {
            Map<String, String> pairs = entry.getKeyValuePairs();
            String container = pairs.get(CONTAINER);
            String event = pairs.get(EVENT);
            if (container == null || event == null) continue;
            // a recreated subject is a new container under the same name: its id keeps the lanes apart
            String id = pairs.getOrDefault(ID, container);
            lanes.computeIfAbsent(container + " " + id, key -> new Lane(container, id, new ArrayList<>()))
                    .moments()
                    .add(new Moment(event, at(pairs, entry)));
        }
        return List.copyOf(lanes.values());
    }

    /** When a moment happened: its own time, which is earlier than the entry's for a scenario prepared ahead. */
    private static LocalDateTime at(Map<String, String> pairs, ReportEntry entry) {
        String at = pairs.get(AT);
        try {
            return at == null ? entry.getTimestamp() : LocalDateTime.parse(at);
        } catch (DateTimeParseException e) {
            return entry.getTimestamp();
        }
    }

    /** When a group began and ended: its owner's span when it ran as a whole, widened by its steps and lanes. */
    static Optional<Span> span(Results results, Groups.Group group, List<Lane> lanes, boolean ownSpan) {
        List<Span> parts = new ArrayList<>();
        if (ownSpan) Span.of(results, group.owner()).ifPresent(parts::add);
        group.steps().forEach(step -> Span.of(results, step).ifPresent(parts::add));
        lanes.forEach(lane -> parts.add(new Span(lane.first(), lane.last())));
        return parts.stream().reduce(Span::union);
    }

    record Span(LocalDateTime start, LocalDateTime end) {
        static Optional<Span> of(Results results, TestIdentifier identifier) {
            return results.startTime(identifier)
                    .map(start -> new Span(start, start.plus(results.duration(identifier))));
        }

        Span union(Span other) {
            return new Span(
                    start.isBefore(other.start) ? start : other.start, end.isAfter(other.end) ? end : other.end);
        }
    }
}
