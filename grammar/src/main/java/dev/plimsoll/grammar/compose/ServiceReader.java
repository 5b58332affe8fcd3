package dev.plimsoll.grammar.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Turns one merged service mapping into a {@link ComposeService}; shapes Compose would refuse are errors. */
final class ServiceReader {
    private final Function<String, Optional<String>> variables;
    private final Report report;
    private final MountReader mounts;
    private final EnvFiles envFiles;

    ServiceReader(Function<String, Optional<String>> variables, Report report, MountReader mounts, EnvFiles envFiles) {
        this.variables = variables;
        this.report = report;
        this.mounts = mounts;
        this.envFiles = envFiles;
    }

    Optional<ComposeService> read(Yaml.Entry entry) {
        String name = entry.name();
        if (!(entry.value() instanceof Yaml.Mapping m)) {
            report.error(
                    "service '" + name + "' must be a mapping of its settings",
                    entry.value().origin());
            return Optional.empty();
        }
        ServiceKeys.check(name, m, report); // an error here keeps the project from running, not the checks below
        Optional<Value> image = value(m, "image");
        Optional<ComposeBuild> build = m.get("build").flatMap(b -> BuildReader.read(b, variables, report));
        if (image.isEmpty() && m.get("build").isEmpty()) {
            report.error(
                    "service '" + name + "' has neither 'image' nor 'build'",
                    entry.key().origin(),
                    "add image: name:tag, or build: . for a Dockerfile");
        }
        List<EnvVar> environment = new ArrayList<>();
        List<Value> files = strings(m.get("env_file"), "env_file");
        files.forEach(file -> environment.addAll(envFiles.read(file)));
        for (EnvVar env : named(m.get("environment"), "environment")) {
            environment.removeIf(earlier -> earlier.name().equals(env.name()));
            environment.add(env);
        }
        ComposeService service = new ComposeService(
                name,
                entry.key().origin(),
                image,
                build,
                m.get("command").flatMap(c -> argv(c, "command")),
                m.get("entrypoint").flatMap(c -> argv(c, "entrypoint")),
                environment,
                files,
                value(m, "user"),
                value(m, "working_dir"),
                named(m.get("labels"), "labels"),
                ports(m.get("ports")),
                mounts.read(name, m.get("volumes")),
                Dependencies.read(m.get("depends_on"), report),
                m.get("healthcheck").flatMap(h -> HealthcheckReader.read(h, report)),
                Networks.read(m.get("networks"), report),
                strings(m.get("profiles"), "profiles").stream().map(Value::text).toList(),
                Dependencies.links(m.get("links"), report));
        return Optional.of(service);
    }

    private Optional<Value> value(Yaml.Mapping m, String key) {
        Optional<Yaml> yaml = m.get(key);
        if (yaml.isPresent() && !(yaml.get() instanceof Yaml.Scalar)) {
            report.error("'" + key + "' must be a string", yaml.get().origin());
            return Optional.empty();
        }
        return yaml.map(y -> new Value(((Yaml.Scalar) y).text(), y.origin()));
    }

    private List<Value> strings(Optional<Yaml> yaml, String key) {
        if (yaml.isEmpty()) {
            return List.of();
        }
        List<Yaml> items = yaml.get() instanceof Yaml.Sequence s ? s.items() : List.of(yaml.get());
        List<Value> values = new ArrayList<>();
        for (Yaml item : items) {
            Yaml path = item instanceof Yaml.Mapping m ? m.get("path").orElse(item) : item;
            if (path instanceof Yaml.Scalar scalar) {
                values.add(new Value(scalar.text(), scalar.origin()));
            } else {
                report.error("'" + key + "' takes strings", item.origin());
            }
        }
        return values;
    }

    /** {@code NAME=value} list or {@code NAME: value} mapping; a bare name takes its value from the variables. */
    private List<EnvVar> named(Optional<Yaml> yaml, String key) {
        if (yaml.isEmpty()) {
            return List.of();
        }
        if (yaml.get() instanceof Yaml.Scalar) {
            report.error(
                    "'" + key + "' must be a list of NAME=value or a mapping",
                    yaml.get().origin());
            return List.of();
        }
        List<EnvVar> vars = new ArrayList<>();
        for (Yaml.Entry entry : Named.asMapping(yaml.get()).entries()) {
            if (!(entry.value() instanceof Yaml.Scalar value)) {
                report.error(
                        "'" + entry.name() + "' in '" + key + "' must be a string",
                        entry.value().origin());
                continue;
            }
            Optional<String> text = Optional.ofNullable(value.value());
            vars.add(new EnvVar(
                    entry.name(),
                    text.or(() -> variables.apply(entry.name())),
                    entry.key().origin()));
        }
        return vars;
    }

    private Optional<Argv> argv(Yaml yaml, String key) {
        if (yaml instanceof Yaml.Scalar scalar) {
            if (scalar.value() == null) {
                return Optional.empty();
            }
            return Optional.of(new Argv(Words.split(scalar.text()), scalar.origin()));
        }
        if (yaml instanceof Yaml.Sequence sequence
                && sequence.items().stream().allMatch(Yaml.Scalar.class::isInstance)) {
            List<String> words =
                    sequence.items().stream().map(i -> ((Yaml.Scalar) i).text()).toList();
            return Optional.of(new Argv(words, sequence.origin()));
        }
        report.error("'" + key + "' must be a string or a list of strings", yaml.origin());
        return Optional.empty();
    }

    private List<ContainerPort> ports(Optional<Yaml> yaml) {
        List<ContainerPort> ports = new ArrayList<>();
        List<Yaml> items = yaml.map(y -> y instanceof Yaml.Sequence s ? s.items() : List.of(y))
                .orElse(List.of());
        for (Yaml item : items) {
            Optional<PortSyntax> port = PortSyntax.read(item);
            if (port.isEmpty() || port.get().target().contains("-")) {
                report.error(
                        "'" + describe(item) + "' is not a port plimsoll can publish",
                        item.origin(),
                        "write CONTAINER_PORT, HOST:CONTAINER or CONTAINER/udp (one port, not a range)");
                continue;
            }
            int number = Integer.parseInt(port.get().target());
            if (number < 1 || number > 65535) {
                report.error("port " + number + " is out of range 1-65535", item.origin());
                continue;
            }
            ports.add(new ContainerPort(number, port.get().protocol(), item.origin()));
        }
        return ports;
    }

    private static String describe(Yaml item) {
        return item instanceof Yaml.Scalar s ? s.text() : "mapping";
    }
}
