package dev.plimsoll.grammar.compose;

import java.util.Locale;
import java.util.Optional;

/** A {@code depends_on} entry (a {@code links} entry too: started). */
public record Dependency(String service, Condition condition, Origin origin) {

    /** What must hold of the dependency before the dependent starts. */
    public enum Condition {
        SERVICE_STARTED,
        SERVICE_HEALTHY,
        SERVICE_COMPLETED_SUCCESSFULLY;

        public String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Condition> of(String written) {
            for (Condition c : values()) {
                if (c.yamlName().equals(written)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }
}
