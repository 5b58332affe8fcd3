package dev.plimsoll.grammar.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code expect run image "x"|build "dir" settings... exits N [within D] [{ outputs saves }]}: a one-off container
 * on the scenario's network, removed afterwards.
 */
public record ExpectRun(
        Subject image,
        List<Setting> settings,
        int exitCode,
        List<OutputAssertion> outputs,
        List<SaveValue> saves,
        Optional<Duration> within,
        Span span)
        implements Expectation {
    public ExpectRun {
        settings = List.copyOf(settings);
        outputs = List.copyOf(outputs);
        saves = List.copyOf(saves);
    }
}
