package dev.plimsoll.engine.step;

import java.util.List;

/**
 * What a step found: no mismatches when it held. {@code logOf} names the container whose log tail explains a
 * failure (the one the step acted on).
 */
public record Verdict(List<String> mismatches, Container logOf) {
    public Verdict {
        mismatches = List.copyOf(mismatches);
    }

    public static Verdict of(List<String> mismatches, Container logOf) {
        return new Verdict(mismatches, logOf);
    }

    public static Verdict held(Container logOf) {
        return new Verdict(List.of(), logOf);
    }

    public boolean holds() {
        return mismatches.isEmpty();
    }
}
