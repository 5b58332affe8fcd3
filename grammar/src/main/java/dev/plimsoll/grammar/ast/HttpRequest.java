package dev.plimsoll.grammar.ast;

import java.util.List;
import java.util.Optional;

/**
 * An HTTP request: method, path, port (the only published port when absent), headers, body.
 */
public record HttpRequest(
        String method,
        Text path,
        Optional<Integer> port,
        List<Header> headers,
        Optional<Text> body,
        boolean followRedirects,
        Span span)
        implements Node {
    public HttpRequest {
        headers = List.copyOf(headers);
    }
}
