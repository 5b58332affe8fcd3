package dev.plimsoll.grammar.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code expect http METHOD "path" [port N] [header ...] [body ...] [within D] [{ assertions }]}.
 */
public record ExpectHttp(
        HttpRequest request,
        List<HttpAssertion> assertions,
        List<SaveValue> saves,
        Target target,
        Optional<Duration> within,
        Span span)
        implements Expectation, Targeted {
    public ExpectHttp {
        assertions = List.copyOf(assertions);
        saves = List.copyOf(saves);
    }
}
