package dev.plimsoll.grammar.ast;

import java.util.List;

/**
 * {@code service NAME { image "x" settings... waits... }}: a companion container on the scenario network.
 */
public record Service(String name, Subject subject, List<Setting> settings, List<WaitAction> waits, Span span)
        implements Node {
    public Service {
        settings = List.copyOf(settings);
        waits = List.copyOf(waits);
    }
}
