package dev.plimsoll.grammar.compose;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code ports} entry, short ({@code "127.0.0.1:8080:80/tcp"}, {@code "8080:80"}, {@code 80}) or long
 * ({@code target:}, {@code published:}, {@code protocol:}, {@code host_ip:}). Only the container side matters to
 * plimsoll: it publishes on free host ports itself.
 */
record PortSyntax(String hostIp, String published, String target, String protocol) {
    private static final Pattern SHORT =
            Pattern.compile("^(?:(?:\\[?([0-9a-fA-F.:]*?)\\]?:)?([0-9-]*):)?([0-9]+(?:-[0-9]+)?)(?:/(\\w+))?$");

    static Optional<PortSyntax> read(Yaml item) {
        if (item instanceof Yaml.Scalar scalar) {
            Matcher m = SHORT.matcher(scalar.text().strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            return Optional.of(
                    new PortSyntax(orEmpty(m.group(1)), orEmpty(m.group(2)), m.group(3), protocol(m.group(4))));
        }
        if (item instanceof Yaml.Mapping mapping) {
            String target = text(mapping, "target");
            if (target.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PortSyntax(
                    text(mapping, "host_ip"), text(mapping, "published"), target, protocol(text(mapping, "protocol"))));
        }
        return Optional.empty();
    }

    String uniqueKey() {
        return hostIp + "|" + published + "|" + target + "|" + protocol;
    }

    private static String text(Yaml.Mapping mapping, String key) {
        return mapping.get(key)
                .filter(Yaml.Scalar.class::isInstance)
                .map(v -> ((Yaml.Scalar) v).text())
                .orElse("");
    }

    private static String orEmpty(String group) {
        return group == null ? "" : group;
    }

    private static String protocol(String written) {
        return written == null || written.isEmpty() ? "tcp" : written.toLowerCase(Locale.ROOT);
    }
}
