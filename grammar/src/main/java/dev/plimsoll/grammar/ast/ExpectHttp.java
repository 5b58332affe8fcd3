package dev.plimsoll.grammar.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code expect http METHOD "path" [port N] [header ...] [body ...] [within D] [{ assertions }]}.
 */
public record ExpectHttp(HttpRequest request, List<HttpAssertion> assertions, Optional<Duration> within, Span span)
        implements Expectation {
    public ExpectHttp {
        assertions = List.copyOf(assertions);
    }
}
