package dev.plimsoll.grammar;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Values for {@code ${NAME}}: the runner's {@code --set}, the environment and the scenario matrix. */
public final class Variables {
    private static final Variables EMPTY = new Variables(Map.of());

    private final Map<String, String> values;

    private Variables(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Variables of(Map<String, String> values) {
        return new Variables(values);
    }

    public static Variables empty() {
        return EMPTY;
    }

    /** These values plus {@code more}; on the same name {@code more} wins. */
    public Variables with(Map<String, String> more) {
        Map<String, String> merged = new HashMap<>(values);
        merged.putAll(more);
        return new Variables(merged);
    }

    public Optional<String> lookup(String name) {
        return Optional.ofNullable(values.get(name));
    }

    @Override
    public String toString() {
        return "Variables" + values.keySet();
    }
}
