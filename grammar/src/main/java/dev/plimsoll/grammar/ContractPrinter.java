package dev.plimsoll.grammar;

import static dev.plimsoll.grammar.TermPrinter.*;

import dev.plimsoll.grammar.ast.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Canonical source for an AST: {@code parse(print(contract))} equals {@code contract} but for spans. */
public final class ContractPrinter {
    private static final StepPrinter ONE_LINE = new StepPrinter(true, "");
    private static final StepPrinter NESTED = new StepPrinter(false, "  ");

    private ContractPrinter() {}

    public static String print(Contract contract) {
        List<String> sections = new ArrayList<>();
        contract.compose().ifPresent(c -> sections.add(compose(c)));
        contract.subject().ifPresent(s -> sections.add(subject(s)));
        contract.defaults().ifPresent(d -> sections.add(defaults(d)));
        contract.imageFacts().ifPresent(f -> sections.add(facts(f)));
        if (!contract.files().isEmpty()) {
            sections.add(contract.files().stream().map(ContractPrinter::file).collect(Collectors.joining("\n")));
        }
        contract.services().forEach(s -> sections.add(service(s)));
        contract.scenarios().forEach(s -> sections.add(scenario(s)));
        return String.join("\n\n", sections) + "\n";
    }

    /** One step on one line, as the engine shows it for a test name. */
    public static String describe(Step step) {
        return ONE_LINE.step(step);
    }

    private static String compose(ComposeSource compose) {
        StringBuilder out = new StringBuilder("services from");
        compose.files().forEach(f -> out.append(' ').append(text(f)));
        compose.profiles().forEach(p -> out.append(" profile ").append(text(p)));
        return out.toString();
    }

    static String subject(Subject subject) {
        if (subject instanceof ServiceSubject service) {
            return "subject service " + service.service();
        }
        if (subject instanceof ImageSubject image) {
            return "image " + text(image.reference());
        }
        BuildSubject build = (BuildSubject) subject;
        StringBuilder out = new StringBuilder("build ").append(text(build.context()));
        build.dockerfile().ifPresent(d -> out.append(" dockerfile ").append(text(d)));
        build.args()
                .forEach(a -> out.append(" arg ").append(a.name()).append(" = ").append(text(a.value())));
        build.target().ifPresent(t -> out.append(" target ").append(text(t)));
        return out.toString();
    }

    private static String defaults(Defaults defaults) {
        List<String> lines = new ArrayList<>();
        deadline(lines, "wait within ", defaults.waitTimeout());
        deadline(lines, "exit within ", defaults.exitTimeout());
        deadline(lines, "http timeout ", defaults.httpTimeout());
        deadline(lines, "command timeout ", defaults.commandTimeout());
        deadline(lines, "expect within ", defaults.expectTimeout());
        return block("defaults", lines);
    }

    private static void deadline(List<String> lines, String words, Optional<Duration> value) {
        value.ifPresent(d -> lines.add(words + duration(d)));
    }

    private static String facts(ImageFacts facts) {
        return block(
                "image has", facts.facts().stream().map(ContractPrinter::fact).toList());
    }

    private static String fact(ImageFact fact) {
        if (fact instanceof UserFact user) {
            return "user " + text(user.user());
        }
        if (fact instanceof ExposedPortFact exposed) {
            Port port = exposed.port();
            return "exposed port " + port.number() + "/"
                    + port.protocol().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (fact instanceof VolumeFact volume) {
            return "volume " + text(volume.path());
        }
        if (fact instanceof EnvFact env) {
            return "env " + env.name()
                    + env.value().map(m -> " " + match(m, "=")).orElse("");
        }
        if (fact instanceof LabelFact label) {
            return "label " + text(label.name())
                    + label.value().map(m -> " " + match(m, "=")).orElse("");
        }
        if (fact instanceof HealthcheckFact) {
            return "healthcheck";
        }
        if (fact instanceof StopSignalFact stop) {
            return "stop signal " + stop.signal().name();
        }
        if (fact instanceof WorkdirFact workdir) {
            return "workdir " + text(workdir.path());
        }
        if (fact instanceof EntrypointFact entrypoint) {
            return "entrypoint " + argv(entrypoint.argv());
        }
        if (fact instanceof CmdFact cmd) {
            return "cmd " + argv(cmd.argv());
        }
        return "size below " + size(((SizeBelowFact) fact).size());
    }

    private static String file(FileCheck file) {
        return "file " + text(file.path()) + properties(file.properties());
    }

    /** Each property with a leading space, as after the path of {@code file} and {@code expect file}. */
    static String properties(List<FileProperty> properties) {
        return properties.stream()
                .map(ContractPrinter::property)
                .map(p -> " " + p)
                .collect(Collectors.joining());
    }

    private static String property(FileProperty property) {
        if (property instanceof Exists) {
            return "exists";
        }
        if (property instanceof Absent) {
            return "absent";
        }
        if (property instanceof IsDirectory) {
            return "is directory";
        }
        if (property instanceof IsSocket) {
            return "is socket";
        }
        if (property instanceof IsRegularFile) {
            return "is regular file";
        }
        if (property instanceof IsSymlink symlink) {
            return "is symlink" + symlink.target().map(t -> " to " + text(t)).orElse("");
        }
        if (property instanceof OwnedBy owner) {
            String group = owner.group().map(g -> ":" + principal(g)).orElse("");
            return "owned by \"" + principal(owner.user()) + group + "\"";
        }
        if (property instanceof HasMode mode) {
            return "mode 0" + Integer.toOctalString(mode.mode());
        }
        return match(((Content) property).match(), "equals");
    }

    private static String service(Service service) {
        List<String> lines = new ArrayList<>();
        lines.add(subject(service.subject()));
        service.settings().forEach(s -> lines.add(NESTED.step(s)));
        service.waits().forEach(w -> lines.add(NESTED.step(w)));
        return block("service " + service.name(), lines);
    }

    private static String scenario(Scenario scenario) {
        StringBuilder head = new StringBuilder("scenario ").append(text(scenario.name()));
        for (int i = 0; i < scenario.matrix().size(); i++) {
            MatrixAxis axis = scenario.matrix().get(i);
            head.append(i == 0 ? " for " : " and ")
                    .append(axis.variable())
                    .append(" in ")
                    .append(texts(axis.values()));
        }
        return block(
                head.toString(), scenario.steps().stream().map(NESTED::step).toList());
    }

    private static String block(String head, List<String> lines) {
        return lines.stream()
                .map(l -> "  " + l)
                .collect(Collectors.joining("\n", head + " {\n", "\n}"))
                .replace("{\n\n}", "{\n}");
    }
}
