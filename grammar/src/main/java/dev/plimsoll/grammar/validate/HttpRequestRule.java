package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.Header;
import dev.plimsoll.grammar.ast.HeaderIs;
import dev.plimsoll.grammar.ast.HttpRequest;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A request names a path on the container, not a URL (plimsoll finds the host and port); header names are HTTP
 * tokens and header values one line, or the request would be malformed or silently mean something else.
 */
final class HttpRequestRule implements Rule {
    /** RFC 9110 token characters. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        for (HttpRequest request : nodes.all(HttpRequest.class)) {
            path(request.path(), report);
            for (Header header : request.headers()) {
                name(header.name(), report);
                if (header.value().literalValue().chars().anyMatch(c -> c == '\n' || c == '\r')) {
                    report.accept(Diagnostic.error(
                            "header value contains a line break",
                            header.value().span(),
                            "a header value is one line; remove the \\n or \\r"));
                }
            }
        }
        for (HeaderIs header : nodes.all(HeaderIs.class)) {
            name(header.name(), report);
        }
    }

    private static void path(Text path, Consumer<Diagnostic> report) {
        String value = path.literalValue();
        if (value.startsWith("http://") || value.startsWith("https://")) {
            report.accept(
                    Diagnostic.error("the request is a path, not a URL: '" + value + "'", path.span(), urlHint(value)));
        } else if (!value.startsWith("/") && !value.startsWith("${")) {
            report.accept(Diagnostic.error(
                    "request path '" + value + "' does not start with /",
                    path.span(),
                    "write the path from the root, e.g. \"/" + value + "\""));
        }
    }

    /** Says how to write that URL: its path, and its port as an option. */
    private static String urlHint(String url) {
        try {
            URI uri = new URI(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            String port = uri.getPort() > 0 ? " port " + uri.getPort() : "";
            return "plimsoll connects to the container's published port itself: write \"" + path + query + "\"" + port;
        } catch (URISyntaxException e) {
            return "plimsoll connects to the container's published port itself: write the path, e.g. \"/health\"";
        }
    }

    private static void name(Text name, Consumer<Diagnostic> report) {
        if (!name.isLiteral()) {
            return;
        }
        String value = name.literalValue();
        if (value.isEmpty()) {
            report.accept(Diagnostic.error("empty header name", name.span(), "name the header, e.g. \"Accept\""));
        } else if (!TOKEN.matcher(value).matches()) {
            report.accept(Diagnostic.error(
                    "header name '" + value + "' is not a valid name",
                    name.span(),
                    "header names are letters, digits and -, with no spaces or ':', e.g. \"Content-Type\""));
        }
    }
}
