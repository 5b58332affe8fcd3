package dev.plimsoll.grammar.ast;

import java.util.List;

/**
 * {@code services from "docker-compose.yml" "override.yml" profile "debug"}: the services of Compose files,
 * merged in order (later files override, as {@code docker compose -f a -f b} does), paths relative to the
 * contract. Services of the chosen profiles start too; those without a profile always do.
 */
public record ComposeSource(List<Text> files, List<Text> profiles, Span span) implements Node {
    public ComposeSource {
        files = List.copyOf(files);
        profiles = List.copyOf(profiles);
    }
}
