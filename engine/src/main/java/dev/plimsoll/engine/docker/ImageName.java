package dev.plimsoll.engine.docker;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image reference split as the docker CLI splits it: {@code [registry/]path[:tag][@digest]}. The first
 * component is a registry when it has a dot or a port, or is {@code localhost}; otherwise the image lives on
 * Docker Hub.
 *
 * @param registry the registry host as written, e.g. {@code 127.0.0.1:5000}; empty for Docker Hub
 * @param path the repository path without the registry, e.g. {@code acme/greeter}
 */
public record ImageName(Optional<String> registry, String path, Optional<String> tag, Optional<String> digest) {

    /** The host Docker Hub's images are pushed to, and the key its credentials are stored under. */
    public static final String DOCKER_HUB = "docker.io";

    static final String DOCKER_HUB_SERVER = "https://index.docker.io/v1/";

    private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern HOST =
            Pattern.compile("(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.[a-zA-Z0-9-]+)*(?::[0-9]{1,5})?");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("[a-z0-9]+:[a-f0-9]{32,}");
    private static final Pattern REFERENCE = Pattern.compile("([^@]+?)(?::([^:/@]+))?(?:@(.+))?");

    /** The name, or empty when Docker would refuse it (upper case in the path, a bad tag, ...). */
    public static Optional<ImageName> parse(String reference) {
        Matcher parts = REFERENCE.matcher(reference);
        if (!parts.matches()) {
            return Optional.empty();
        }
        String name = parts.group(1);
        Optional<String> tag = Optional.ofNullable(parts.group(2));
        Optional<String> digest = Optional.ofNullable(parts.group(3));
        Optional<String> registry = Optional.empty();
        int slash = name.indexOf('/');
        if (slash > 0) {
            String first = name.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = Optional.of(first);
                name = name.substring(slash + 1);
            }
        }
        boolean valid = registry.map(host -> HOST.matcher(host).matches()).orElse(true)
                && validPath(name)
                && tag.map(ImageName::validTag).orElse(true)
                && digest.map(d -> DIGEST.matcher(d).matches()).orElse(true);
        return valid ? Optional.of(new ImageName(registry, name, tag, digest)) : Optional.empty();
    }

    /** Whether Docker accepts {@code tag} as a tag: letters, digits, {@code _ . -}, not first {@code . -}, ≤128. */
    public static boolean validTag(String tag) {
        return TAG.matcher(tag).matches();
    }

    /** Whether {@code registry} is a host with an optional port, as {@code --registry} takes it. */
    public static boolean validRegistry(String registry) {
        return HOST.matcher(registry).matches()
                && (registry.contains(".") || registry.contains(":") || registry.equals("localhost"));
    }

    static boolean validPath(String path) {
        if (path.isEmpty() || path.length() > 255) {
            return false;
        }
        for (String component : path.split("/", -1)) {
            if (!COMPONENT.matcher(component).matches()) {
                return false;
            }
        }
        return true;
    }

    /** {@code registry/path}, or the path alone for Docker Hub: what {@code docker push} is given. */
    public String repository() {
        return registry.map(host -> host + "/" + path).orElse(path);
    }

    /** The registry to push to and to find credentials for: {@link #DOCKER_HUB} when none is written. */
    public String registryHost() {
        return registry.orElse(DOCKER_HUB);
    }

    /** The same repository under another registry (and namespace, when {@code registry} has a path). */
    public ImageName at(String registryAndNamespace) {
        int slash = registryAndNamespace.indexOf('/');
        String host = slash < 0 ? registryAndNamespace : registryAndNamespace.substring(0, slash);
        String namespace = slash < 0 ? "" : registryAndNamespace.substring(slash + 1) + "/";
        return new ImageName(Optional.of(host), namespace + path, Optional.empty(), Optional.empty());
    }
}
