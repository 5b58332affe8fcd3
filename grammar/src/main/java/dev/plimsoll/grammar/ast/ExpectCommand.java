package dev.plimsoll.grammar.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code expect command "argv" exits N [within D] [{ stdout|stderr ... }]}, run in the container without a shell.
 */
public record ExpectCommand(
        List<Text> argv,
        int exitCode,
        List<OutputAssertion> outputs,
        List<SaveValue> saves,
        Target target,
        Optional<Duration> within,
        Span span)
        implements Expectation, Targeted {
    public ExpectCommand {
        argv = List.copyOf(argv);
        outputs = List.copyOf(outputs);
        saves = List.copyOf(saves);
    }
}
