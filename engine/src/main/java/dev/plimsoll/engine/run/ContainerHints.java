package dev.plimsoll.engine.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs that this process runs inside a container, and the ids its container may have, read from the file system
 * under {@code root} ({@code /} outside tests): {@code /.dockerenv}, {@code /run/.containerenv}, the mount table
 * ({@code /etc/hostname} is mounted from {@code .../containers/<id>/hostname}), the cgroup paths of cgroup v1
 * ({@code /docker/<id>}), and a host name of 12 hexadecimal digits, which Docker gives a container by default.
 *
 * @param sign the first sign found, such as {@code /.dockerenv exists}; empty outside a container
 * @param candidates container ids (full or 12 digits) to ask the engine about, most trusted first
 */
record ContainerHints(Optional<String> sign, List<String> candidates) {
    private static final Pattern ID_IN_PATH = Pattern.compile("(?:containers/|docker/|docker-|libpod-)([0-9a-f]{64})");
    private static final Set<String> MOUNTED_FILES = Set.of("/etc/hostname", "/etc/hosts", "/etc/resolv.conf");
    private static final Pattern SHORT_ID = Pattern.compile("[0-9a-f]{12}");

    ContainerHints {
        candidates = List.copyOf(candidates);
    }

    /** Outside any container: what tests of the published way use. */
    static final ContainerHints NONE = new ContainerHints(Optional.empty(), List.of());

    static ContainerHints read(Path root) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> signs = new ArrayList<>();
        if (Files.exists(root.resolve(".dockerenv"))) {
            signs.add("/.dockerenv exists");
        }
        if (Files.exists(root.resolve("run/.containerenv"))) {
            signs.add("/run/.containerenv exists");
        }
        if (mountedIds(text(root.resolve("proc/self/mountinfo")), ids)) {
            signs.add("/etc/hostname is mounted from a container's directory");
        }
        if (cgroupIds(text(root.resolve("proc/self/cgroup")), ids)) {
            signs.add("/proc/self/cgroup names a container");
        }
        String hostname = text(root.resolve("etc/hostname")).trim();
        // A machine may be called anything; a host name that looks like an id counts only inside a container.
        if (!signs.isEmpty() && SHORT_ID.matcher(hostname).matches()) {
            ids.add(hostname);
        }
        return new ContainerHints(signs.stream().findFirst(), List.copyOf(ids));
    }

    boolean inContainer() {
        return sign.isPresent();
    }

    /**
     * Docker mounts {@code /etc/hostname}, {@code /etc/hosts} and {@code /etc/resolv.conf} from the container's own
     * directory. Only those mount points count: the Docker host's own table lists every container's {@code
     * .../containers/<id>/mounts/shm}.
     */
    private static boolean mountedIds(String mountinfo, Set<String> ids) {
        boolean found = false;
        for (String line : mountinfo.lines().toList()) {
            String[] fields = line.split(" ");
            if (fields.length > 4 && MOUNTED_FILES.contains(fields[4])) {
                Matcher matcher = ID_IN_PATH.matcher(fields[3]);
                if (matcher.find()) {
                    ids.add(matcher.group(1));
                    found = true;
                }
            }
        }
        return found;
    }

    /** cgroup v1 names the container's group, such as {@code 4:memory:/docker/<id>}; v2 shows {@code 0::/}. */
    private static boolean cgroupIds(String cgroup, Set<String> ids) {
        boolean found = false;
        Matcher matcher = ID_IN_PATH.matcher(cgroup);
        while (matcher.find()) {
            ids.add(matcher.group(1));
            found = true;
        }
        return found;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }
}
