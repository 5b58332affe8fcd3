package dev.plimsoll.grammar.ast;

import java.util.List;

/** {@code service NAME { settings }} in a scenario: adds to or overrides that service's settings there only. */
public record ServiceSettings(String service, List<Setting> settings, Span span) implements Setting {
    public ServiceSettings {
        settings = List.copyOf(settings);
    }
}
