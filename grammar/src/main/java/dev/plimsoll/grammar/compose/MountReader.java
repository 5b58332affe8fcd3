package dev.plimsoll.grammar.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A service's {@code volumes}: named volumes must be declared at the top level, bind sources are relative to
 * the Compose file, and the Docker socket is refused unless the contract asks for it.
 */
final class MountReader {
    private final Set<String> declaredVolumes;
    private final boolean dockerSocketAllowed;
    private final Report report;

    MountReader(Set<String> declaredVolumes, boolean dockerSocketAllowed, Report report) {
        this.declaredVolumes = Set.copyOf(declaredVolumes);
        this.dockerSocketAllowed = dockerSocketAllowed;
        this.report = report;
    }

    List<Mount> read(String service, Optional<Yaml> yaml) {
        List<Mount> mounts = new ArrayList<>();
        List<Yaml> items = yaml.map(y -> y instanceof Yaml.Sequence s ? s.items() : List.of(y))
                .orElse(List.of());
        for (Yaml item : items) {
            mount(service, item).ifPresent(mounts::add);
        }
        return mounts;
    }

    private Optional<Mount> mount(String service, Yaml item) {
        Optional<MountSyntax> read = MountSyntax.read(item);
        Origin origin = item.origin();
        if (read.isEmpty() || !read.get().target().startsWith("/")) {
            report.error(
                    "a volume needs an absolute container path",
                    origin,
                    "write NAME:/path, ./host/dir:/path[:ro] or /path");
            return Optional.empty();
        }
        MountSyntax m = read.get();
        if (m.type().equals("bind")) {
            Path source = origin.baseDirectory()
                    .resolve(m.source().replaceFirst("^~", System.getProperty("user.home")))
                    .toAbsolutePath()
                    .normalize();
            if (source.toString().endsWith("docker.sock") && !dockerSocketAllowed) {
                report.error(
                        "service '" + service + "' mounts the Docker socket: it could control the engine that runs "
                                + "the test",
                        origin,
                        "ask for it in the contract with 'mount docker socket', or remove it");
                return Optional.empty();
            }
            return Optional.of(new Mount.Bind(source, m.target(), m.readOnly(), origin));
        }
        if (!m.type().equals("volume")) {
            report.warning("volume type '" + m.type() + "' is ignored: plimsoll mounts volumes and binds", origin);
            return Optional.empty();
        }
        if (m.readOnly()) {
            report.warning(
                    "read-only is not honoured for a volume: plimsoll mounts volumes read-write (only a bind mount can"
                            + " be read-only)",
                    origin);
        }
        if (m.source().isEmpty()) {
            return Optional.of(new Mount.Anonymous(m.target(), m.readOnly(), origin));
        }
        if (!declaredVolumes.contains(m.source())) {
            report.error(
                    "service '" + service + "' uses volume '" + m.source() + "', which the top-level 'volumes:' does "
                            + "not declare",
                    origin,
                    "declare it: volumes: { " + m.source() + ": {} }, or write ./" + m.source() + " for a host path");
            return Optional.empty();
        }
        return Optional.of(new Mount.Named(m.source(), m.target(), m.readOnly(), origin));
    }
}
