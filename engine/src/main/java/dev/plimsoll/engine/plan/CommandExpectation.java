package dev.plimsoll.engine.plan;

import java.util.List;

/** {@code expect command "argv" exits N { ... }}, resolved: the argv to run, the exit code and the output checks. */
public record CommandExpectation(List<String> argv, int exitCode, List<OutputExpectation> outputs) {
    public CommandExpectation {
        argv = List.copyOf(argv);
        outputs = List.copyOf(outputs);
    }
}
