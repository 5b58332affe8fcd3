package dev.plimsoll.runner.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** goss's port, process, user, group and command resources as checks in the running container. */
final class GossChecks {
    private final Fields fields;
    private final Draft.Scenario scenario;

    GossChecks(Fields fields, Draft.Scenario scenario) {
        this.fields = fields;
        this.scenario = scenario;
    }

    void read(String type, String name, YamlValue.Mapping attributes, String key) {
        switch (type) {
            case "port" -> port(name, attributes, key);
            case "process" -> process(name, attributes, key);
            case "user" -> user(name, attributes, key);
            case "group" -> group(name, attributes, key);
            default -> command(name, attributes, key);
        }
    }

    private void port(String name, YamlValue.Mapping attributes, String key) {
        String spec = attributes
                .get("port")
                .flatMap(p -> fields.string(p, key + ".port"))
                .orElse(name);
        Optional<Boolean> listening =
                required(attributes, "listening", key).flatMap(v -> fields.bool(v, key + ".listening"));
        if (listening.isEmpty()) {
            return;
        }
        others(
                attributes,
                key,
                List.of("port", "listening", "skip"),
                "ip",
                "plimsoll reaches the port through Docker's published port, not on one address inside the container");
        String[] parts = spec.split(":");
        String number = parts[parts.length - 1];
        String protocol = parts.length > 1 ? parts[0] : "tcp";
        if (!Ports.valid(number) || !List.of("tcp", "tcp6", "udp", "udp6").contains(protocol)) {
            scenario.skip(new Skipped(key, attributes.line(), "'" + spec + "' is not a port such as tcp:8080"));
        } else if (protocol.startsWith("udp")) {
            scenario.skip(new Skipped(key, attributes.line(), "plimsoll checks that TCP ports are open, not UDP ones"));
        } else if (!listening.get()) {
            scenario.skip(new Skipped(
                    key + ".listening",
                    attributes.line(),
                    "plimsoll checks that a port is open, not that it is closed"));
        } else {
            scenario.setting("publish " + number);
            scenario.step("expect port " + number + " open");
        }
    }

    /** goss reads /proc/PID/comm; 'expect process' also needs the user, so the same file is read with grep. */
    private void process(String name, YamlValue.Mapping attributes, String key) {
        String comm = attributes
                .get("comm")
                .flatMap(c -> fields.string(c, key + ".comm"))
                .orElse(name);
        Optional<Boolean> running = required(attributes, "running", key).flatMap(v -> fields.bool(v, key + ".running"));
        if (running.isEmpty()) {
            return;
        }
        others(attributes, key, List.of("comm", "running", "skip"), "", "not an attribute of goss's process");
        scenario.comment(
                "process " + comm + ": goss reads /proc/*/comm; plimsoll's 'expect process' also names the user");
        scenario.step("expect command "
                + ContractText.argv(List.of("sh", "-c", processLoop(comm))) + " exits "
                + (running.get() ? 0 : 1));
    }

    /**
     * Looks through every process's {@code comm} with shell builtins only, skipping the shell itself: a {@code grep}
     * would find its own process, so {@code process: grep} could never be absent.
     */
    private static String processLoop(String comm) {
        return "for f in /proc/[0-9]*/comm; do [ \"$f\" = /proc/$$/comm ] && continue; read -r c < \"$f\""
                + " 2>/dev/null && [ \"$c\" = " + ContractText.shellQuote(comm) + " ] && exit 0; done; exit 1";
    }

    /** getent reads the same passwd database as goss; it exits 2 when the user does not exist. */
    private void user(String name, YamlValue.Mapping attributes, String key) {
        String user = attributes
                .get("username")
                .flatMap(u -> fields.string(u, key + ".username"))
                .orElse(name);
        Optional<Boolean> exists = required(attributes, "exists", key).flatMap(v -> fields.bool(v, key + ".exists"));
        if (exists.isEmpty()) {
            return;
        }
        String getent = "expect command " + ContractText.argv(List.of("getent", "passwd", user));
        if (!exists.get()) {
            scenario.step(getent + " exits 2");
            return;
        }
        String[] fieldsOfPasswd = {ContractText.literal(user), "[^:]*", "[^:]*", "[^:]*", "[^:]*", "[^:]*", "[^:]*"};
        List<String> groups = new ArrayList<>();
        for (YamlValue.Entry entry : attributes.entries()) {
            String k = key + "." + entry.name();
            YamlValue v = entry.value();
            switch (entry.name()) {
                case "username", "exists", "skip" -> {}
                case "uid" -> fields.integer(v, k).ifPresent(uid -> fieldsOfPasswd[2] = Integer.toString(uid));
                case "gid" -> fields.integer(v, k).ifPresent(gid -> fieldsOfPasswd[3] = Integer.toString(gid));
                case "home" -> fields.string(v, k).ifPresent(home -> fieldsOfPasswd[5] = ContractText.literal(home));
                case "shell" -> fields.string(v, k).ifPresent(shell -> fieldsOfPasswd[6] = ContractText.literal(shell));
                case "groups" -> fields.strings(v, k).ifPresent(groups::addAll);
                default -> scenario.skip(new Skipped(k, entry.key().line(), "not an attribute of goss's user"));
            }
        }
        String line = "^" + String.join(":", fieldsOfPasswd) + "$";
        scenario.step(getent + " exits 0 { stdout matches " + ContractText.regex(line, "") + " }");
        if (!groups.isEmpty()) {
            // goss compares a list as "contains these": each group is one word of id's output.
            StringBuilder step =
                    new StringBuilder("expect command " + ContractText.argv(List.of("id", "-Gn", user)) + " exits 0 {");
            groups.forEach(g -> step.append(" stdout matches ")
                    .append(ContractText.regex("(^| )" + ContractText.literal(g) + "( |$)", "")));
            scenario.step(step.append(" }").toString());
        }
    }

    private void group(String name, YamlValue.Mapping attributes, String key) {
        String group = attributes
                .get("groupname")
                .flatMap(g -> fields.string(g, key + ".groupname"))
                .orElse(name);
        Optional<Boolean> exists = required(attributes, "exists", key).flatMap(v -> fields.bool(v, key + ".exists"));
        if (exists.isEmpty()) {
            return;
        }
        others(attributes, key, List.of("groupname", "exists", "gid", "skip"), "", "not an attribute of goss's group");
        String getent = "expect command " + ContractText.argv(List.of("getent", "group", group));
        if (!exists.get()) {
            scenario.step(getent + " exits 2");
            return;
        }
        String gid = attributes
                .get("gid")
                .flatMap(g -> fields.integer(g, key + ".gid"))
                .map(g -> Integer.toString(g))
                .orElse("[^:]*");
        String line = "^" + ContractText.literal(group) + ":[^:]*:" + gid + ":";
        scenario.step(getent + " exits 0 { stdout matches " + ContractText.regex(line, "") + " }");
    }

    /** goss runs {@code exec} with {@code sh -c}. */
    private void command(String name, YamlValue.Mapping attributes, String key) {
        String exec = attributes
                .get("exec")
                .flatMap(e -> fields.string(e, key + ".exec"))
                .orElse(name);
        Optional<Integer> status =
                required(attributes, "exit-status", key).flatMap(v -> fields.integer(v, key + ".exit-status"));
        if (status.isEmpty()) {
            return;
        }
        if (status.get() < 0 || status.get() > 255) {
            scenario.skip(new Skipped(key + ".exit-status", attributes.line(), "exit codes are 0..255"));
            return;
        }
        List<String> assertions = new ArrayList<>();
        GossTexts texts = new GossTexts(fields, scenario);
        for (YamlValue.Entry entry : attributes.entries()) {
            String k = key + "." + entry.name();
            int line = entry.key().line();
            switch (entry.name()) {
                case "exec", "exit-status", "skip" -> {}
                case "stdout" -> assertions.addAll(texts.read(entry.value(), k, "stdout ", true));
                case "stderr" -> assertions.addAll(texts.read(entry.value(), k, "stderr ", true));
                case "timeout" -> scenario.skip(new Skipped(
                        k,
                        line,
                        "plimsoll gives each command 30s, or 'command timeout' in defaults for the whole file"));
                case "retry_count", "retry_delay" -> scenario.skip(
                        new Skipped(k, line, "checks are retried for 'expect within' in defaults instead"));
                default -> scenario.skip(new Skipped(k, line, "not an attribute of goss's command"));
            }
        }
        String block = assertions.isEmpty() ? "" : " { " + String.join(" ", assertions) + " }";
        scenario.step(
                "expect command " + ContractText.argv(List.of("sh", "-c", exec)) + " exits " + status.get() + block);
    }

    private Optional<YamlValue> required(YamlValue.Mapping attributes, String name, String key) {
        Optional<YamlValue> value = attributes.get(name);
        if (value.isEmpty()) {
            fields.missing(attributes, key + "." + name);
        }
        return value;
    }

    /** Notes every attribute not in {@code known}; {@code special} gets {@code why}, the others "not an attribute". */
    private void others(YamlValue.Mapping attributes, String key, List<String> known, String special, String why) {
        for (YamlValue.Entry entry : attributes.entries()) {
            if (known.contains(entry.name())) {
                continue;
            }
            String reason = entry.name().equals(special)
                    ? why
                    : "not an attribute of goss's " + key.substring(0, key.indexOf('.'));
            scenario.skip(new Skipped(key + "." + entry.name(), entry.key().line(), reason));
        }
    }
}
