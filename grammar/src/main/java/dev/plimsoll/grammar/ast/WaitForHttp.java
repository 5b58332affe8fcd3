package dev.plimsoll.grammar.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code wait for http GET "/p" ... [within D] [{ assertions }]}.
 */
public record WaitForHttp(
        HttpRequest request, List<HttpAssertion> until, Target target, Optional<Duration> within, Span span)
        implements WaitAction, Targeted {
    public WaitForHttp {
        until = List.copyOf(until);
    }
}
