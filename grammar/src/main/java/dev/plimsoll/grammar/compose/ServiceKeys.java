package dev.plimsoll.grammar.compose;

import dev.plimsoll.grammar.diag.Suggestion;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which service keys plimsoll honours. Keys that would change what is tested (privileged, host namespaces) are
 * refused; keys about deployment or the host are noted and ignored; keys Compose does not know are errors.
 */
final class ServiceKeys {
    static final Set<String> HONOURED = Set.of(
            "image",
            "build",
            "command",
            "entrypoint",
            "environment",
            "env_file",
            "user",
            "working_dir",
            "labels",
            "ports",
            "volumes",
            "depends_on",
            "healthcheck",
            "networks",
            "profiles",
            "extends",
            "links");

    /** Ignored with a note, and why. */
    private static final Map<String, String> NOTED = Map.ofEntries(
            Map.entry("deploy", "plimsoll starts one container per service"),
            Map.entry("restart", "a scenario's containers are not restarted by Docker"),
            Map.entry("container_name", "plimsoll names its containers itself, so runs do not collide"),
            Map.entry("hostname", "services reach each other by service name and aliases"),
            Map.entry("domainname", "services reach each other by service name and aliases"),
            Map.entry("expose", "every container port is reachable on the scenario's network"),
            Map.entry("logging", "plimsoll reads the container's log itself"),
            Map.entry("stop_grace_period", "the contract's deadlines apply"),
            Map.entry("stop_signal", "the image's stop signal applies"),
            Map.entry("mem_limit", "resource limits are not applied"),
            Map.entry("memswap_limit", "resource limits are not applied"),
            Map.entry("cpus", "resource limits are not applied"),
            Map.entry("cpu_shares", "resource limits are not applied"),
            Map.entry("shm_size", "resource limits are not applied"),
            Map.entry("ulimits", "resource limits are not applied"),
            Map.entry("pids_limit", "resource limits are not applied"),
            Map.entry("extra_hosts", "host entries are not added"),
            Map.entry("dns", "the scenario network's DNS applies"),
            Map.entry("dns_search", "the scenario network's DNS applies"),
            Map.entry("tty", "containers run without a terminal"),
            Map.entry("stdin_open", "containers run without standard input"),
            Map.entry("init", "the image's own init applies"),
            Map.entry("platform", "images are built and run for this machine"),
            Map.entry("pull_policy", "plimsoll does not pull"),
            Map.entry("scale", "plimsoll starts one container per service"),
            Map.entry("secrets", "secrets are not mounted"),
            Map.entry("configs", "configs are not mounted"),
            Map.entry("tmpfs", "tmpfs mounts are not made"),
            Map.entry("sysctls", "sysctls are not set"),
            Map.entry("cap_drop", "capabilities are the engine's default"),
            Map.entry("security_opt", "security options are the engine's default"),
            Map.entry("external_links", "only services of these files are reachable"),
            Map.entry("develop", "watch mode does not apply"));

    /** Refused: what is tested would differ from what runs. */
    private static final Map<String, String> REFUSED = Map.of(
            "privileged", "a privileged container can do what the image alone cannot",
            "cap_add", "added capabilities change what the image can do",
            "devices", "host devices are not part of a contract",
            "volumes_from", "it shares another container's data between scenarios",
            "userns_mode", "host namespaces change what the image can see",
            "cgroup_parent", "host cgroups change what the image can see");

    private static final Set<String> HOST_MODES = Set.of("network_mode", "pid", "ipc", "uts");

    private ServiceKeys() {}

    /** Reports refused, noted and unknown keys; a refused or unknown one is an error. */
    static void check(String service, Yaml.Mapping mapping, Report report) {
        for (Yaml.Entry entry : mapping.entries()) {
            String key = entry.name();
            if (HONOURED.contains(key) || key.startsWith("x-")) {
                continue;
            }
            if (HOST_MODES.contains(key)) {
                hostMode(service, entry, report);
            } else if (REFUSED.containsKey(key)) {
                if (key.equals("privileged")
                        && entry.value() instanceof Yaml.Scalar s
                        && !s.text().equals("true")) {
                    continue;
                }
                report.error(
                        "'" + key + "' is not supported in service '" + service + "': " + REFUSED.get(key),
                        entry.key().origin(),
                        "remove it, or test this service with a contract of its own");
            } else if (NOTED.containsKey(key)) {
                report.warning(
                        "'" + key + "' in service '" + service + "' is ignored: " + NOTED.get(key),
                        entry.key().origin());
            } else {
                Set<String> known = new TreeSet<>(HONOURED);
                known.addAll(NOTED.keySet());
                known.addAll(REFUSED.keySet());
                known.addAll(HOST_MODES);
                Optional<String> near = Suggestion.closest(key, known).or(() -> sameLetters(key, known));
                String message = "unknown key '" + key + "' in service '" + service + "'";
                report.error(message, entry.key().origin(), near.map(n -> "did you mean '" + n + "'?"));
            }
        }
    }

    /** {@code imgae} for {@code image}: two letters swapped, which an edit distance counts twice. */
    private static Optional<String> sameLetters(String written, Set<String> known) {
        return known.stream().filter(k -> sorted(k).equals(sorted(written))).findFirst();
    }

    private static String sorted(String word) {
        char[] letters = word.toCharArray();
        java.util.Arrays.sort(letters);
        return new String(letters);
    }

    private static void hostMode(String service, Yaml.Entry entry, Report report) {
        String value = entry.value() instanceof Yaml.Scalar s ? s.text() : "";
        if (value.equals("host")) {
            report.error(
                    "'" + entry.name() + ": host' is not supported in service '" + service
                            + "': sharing the host's namespace changes what is tested",
                    entry.value().origin(),
                    "remove it: plimsoll publishes container ports on free host ports");
            return;
        }
        report.warning(
                "'" + entry.name() + "' in service '" + service + "' is ignored: every service is on the "
                        + "scenario's own network",
                entry.key().origin());
    }
}
