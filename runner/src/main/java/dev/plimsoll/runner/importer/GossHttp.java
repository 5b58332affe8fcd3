package dev.plimsoll.runner.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * goss's http resource. goss asks from inside the container, so only URLs to the container itself import: the
 * request goes to the port Docker publishes for it. goss follows redirects unless told not to.
 */
final class GossHttp {
    private static final List<String> LOCAL_HOSTS = List.of("localhost", "127.0.0.1", "0.0.0.0", "[::1]", "::1");
    private static final List<String> METHODS = List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    private final Fields fields;
    private final Draft.Scenario scenario;

    GossHttp(Fields fields, Draft.Scenario scenario) {
        this.fields = fields;
        this.scenario = scenario;
    }

    void read(String name, YamlValue.Mapping attributes, String key) {
        String url = attributes
                .get("url")
                .flatMap(u -> fields.string(u, key + ".url"))
                .orElse(name);
        Optional<YamlValue> statusValue = attributes.get("status");
        if (statusValue.isEmpty()) {
            fields.missing(attributes, key + ".status");
            return;
        }
        Optional<Integer> status = fields.integer(statusValue.get(), key + ".status");
        Optional<URI> uri = uri(url);
        if (status.isEmpty()) {
            return;
        }
        if (uri.isEmpty()) {
            scenario.skip(new Skipped(key, attributes.line(), "'" + url + "' is not a URL"));
            return;
        }
        if (!"http".equals(uri.get().getScheme())) {
            scenario.skip(new Skipped(key, attributes.line(), "plimsoll's requests are plain HTTP"));
            return;
        }
        String host = Optional.ofNullable(uri.get().getHost()).orElse("");
        if (!LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT))) {
            scenario.skip(new Skipped(
                    key, attributes.line(), "plimsoll requests go to the container under test, not to " + host));
            return;
        }
        int port = uri.get().getPort() < 0 ? 80 : uri.get().getPort();
        String path = Optional.ofNullable(uri.get().getRawPath())
                        .filter(p -> !p.isEmpty())
                        .orElse("/")
                + Optional.ofNullable(uri.get().getRawQuery()).map(q -> "?" + q).orElse("");
        String method = "GET";
        boolean follow = true;
        List<String> options = new ArrayList<>();
        List<String> assertions = new ArrayList<>();
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        GossTexts texts = new GossTexts(fields, scenario);
        if (status.get() < 100 || status.get() > 599) {
            scenario.skip(new Skipped(key + ".status", statusValue.get().line(), "HTTP status codes are 100..599"));
        } else {
            assertions.add("status " + status.get());
        }
        for (YamlValue.Entry entry : attributes.entries()) {
            String k = key + "." + entry.name();
            int line = entry.key().line();
            YamlValue v = entry.value();
            switch (entry.name()) {
                case "url", "status", "skip" -> {}
                case "method" -> method =
                        fields.string(v, k).map(m -> m.toUpperCase(Locale.ROOT)).orElse("GET");
                case "no-follow-redirects" -> follow = !fields.bool(v, k).orElse(false);
                case "request-headers" -> fields.strings(v, k)
                        .ifPresent(hs -> hs.forEach(h -> requestHeader(options, h, k, line)));
                case "request-body" -> fields.string(v, k)
                        .ifPresent(b -> options.add("body " + ContractText.string(b)));
                case "headers" -> fields.strings(v, k).ifPresent(hs -> hs.forEach(h -> header(assertions, h, k, line)));
                case "body" -> assertions.addAll(texts.read(v, k, "body ", false));
                case "username" -> user = fields.string(v, k);
                case "password" -> password = fields.string(v, k);
                case "timeout" -> scenario.skip(new Skipped(
                        k, line, "plimsoll gives each request 10s, or 'http timeout' in defaults for the whole file"));
                case "allow-insecure", "ca-file", "cert-file", "key-file" -> scenario.skip(
                        new Skipped(k, line, "plimsoll's requests are plain HTTP"));
                case "proxy" -> scenario.skip(new Skipped(k, line, "plimsoll's requests go straight to the container"));
                default -> scenario.skip(new Skipped(k, line, "not an attribute of goss's http"));
            }
        }
        if (!METHODS.contains(method)) {
            scenario.skip(
                    new Skipped(key + ".method", attributes.line(), "'" + method + "' is not a method plimsoll sends"));
            return;
        }
        if (user.isPresent() && !user.get().isEmpty()) {
            String credentials = user.get() + ":" + password.orElse("");
            options.add("header \"Authorization\" = "
                    + ContractText.string("Basic "
                            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
        }
        if (follow) {
            options.add("follow redirects");
        }
        scenario.setting("publish " + port);
        String request = "expect http " + method + " " + ContractText.string(path) + " port " + port
                + options.stream().map(o -> " " + o).reduce("", String::concat);
        scenario.step(request + " { " + String.join(" ", assertions) + " }");
    }

    private static Optional<URI> uri(String url) {
        try {
            return Optional.of(new URI(url));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private void requestHeader(List<String> options, String header, String k, int line) {
        int colon = header.indexOf(':');
        if (colon <= 0) {
            scenario.skip(new Skipped(k, line, "'" + header + "' is not a header such as 'Accept: text/html'"));
            return;
        }
        options.add("header " + ContractText.string(header.substring(0, colon).strip()) + " = "
                + ContractText.string(header.substring(colon + 1).strip()));
    }

    /** goss matches each pattern against "Name: value" lines; "Name: value" becomes a header that contains the value. */
    private void header(List<String> assertions, String pattern, String k, int line) {
        int colon = pattern.indexOf(':');
        if (pattern.startsWith("!") || pattern.startsWith("/") || colon <= 0) {
            scenario.skip(new Skipped(k, line, "'" + pattern + "': only 'Name: value' patterns become header checks"));
            return;
        }
        String value = pattern.substring(colon + 1).strip();
        String name = ContractText.string(pattern.substring(0, colon).strip());
        assertions.add(
                "header " + name + (value.isEmpty() ? " matches /.*/" : " contains " + ContractText.string(value)));
    }
}
