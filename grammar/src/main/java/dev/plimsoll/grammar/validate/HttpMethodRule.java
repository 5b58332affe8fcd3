package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.HttpRequest;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Only the standard methods, written in capitals as HTTP requires. */
final class HttpMethodRule implements Rule {
    private static final List<String> METHODS = List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        for (HttpRequest request : nodes.all(HttpRequest.class)) {
            String method = request.method();
            if (METHODS.contains(method)) {
                continue;
            }
            String upper = method.toUpperCase(Locale.ROOT);
            String hint = METHODS.contains(upper)
                    ? "methods are uppercase: '" + upper + "'"
                    : "use one of: " + String.join(", ", METHODS);
            report.accept(Diagnostic.error("unknown http method '" + method + "'", methodSpan(request), hint));
        }
    }

    /** A request's span starts at its method. */
    private static Span methodSpan(HttpRequest request) {
        return Span.of(
                request.span().line(), request.span().column(), request.method().length());
    }
}
