package dev.plimsoll.grammar.compose;

import java.util.List;

/**
 * A {@code networks} entry. plimsoll puts every service on the scenario's own network; the aliases are kept
 * so that the names the services use for each other still resolve.
 */
public record NetworkAttachment(String network, List<String> aliases, Origin origin) {
    public NetworkAttachment {
        aliases = List.copyOf(aliases);
    }
}
