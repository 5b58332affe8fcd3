package dev.plimsoll.runner.importer;

import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * goss: every resource is checked in one running container, as dgoss runs goss inside the container under test.
 * So everything goes into one scenario; files are checked in the running container too ({@code expect file}).
 */
final class GossImporter {
    /** Resource types plimsoll has no counterpart for, and why. */
    private static final Map<String, String> UNSUPPORTED = Map.of(
            "package", "plimsoll has no package check; an expect command with the package manager can say it",
            "service", "plimsoll has no init-system service check",
            "addr", "plimsoll does not check addresses reachable from inside the container",
            "dns", "plimsoll has no DNS check",
            "interface", "plimsoll has no network interface check",
            "kernel-param", "plimsoll has no kernel parameter check",
            "mount", "plimsoll has no mount check",
            "gossfile", "included gossfiles are not read; import the output of 'goss render', which inlines them",
            "matching", "plimsoll has no check of values against each other");

    private final Fields fields;
    private final Draft draft;
    private final Consumer<Diagnostic> report;

    GossImporter(Fields fields, Draft draft, Consumer<Diagnostic> report) {
        this.fields = fields;
        this.draft = draft;
        this.report = report;
    }

    void read(YamlValue root) {
        if (!(root instanceof YamlValue.Mapping top)) {
            report.accept(Diagnostic.error(
                    "a goss file is a mapping of resource types (file, port, command, ...)", root.span()));
            return;
        }
        Draft.Scenario scenario = draft.scenario("what goss checks in the running container");
        GossChecks checks = new GossChecks(fields, scenario);
        for (YamlValue.Entry entry : top.entries()) {
            String type = entry.name();
            if (UNSUPPORTED.containsKey(type)) {
                unsupported(entry);
                continue;
            }
            if (!List.of("file", "port", "process", "user", "group", "command", "http")
                    .contains(type)) {
                draft.skip(new Skipped(type, entry.key().line(), "not a resource type of goss"));
                continue;
            }
            for (YamlValue.Entry resource : fields.mapping(entry.value(), type)
                    .map(YamlValue.Mapping::entries)
                    .orElse(List.of())) {
                String key = type + "." + resource.name();
                Optional<YamlValue.Mapping> attributes = fields.mapping(resource.value(), key);
                if (attributes.isEmpty()) {
                    continue;
                }
                if (skipped(attributes.get(), key, scenario)) {
                    continue;
                }
                switch (type) {
                    case "file" -> file(scenario, resource.name(), attributes.get(), key);
                    case "http" -> new GossHttp(fields, scenario).read(resource.name(), attributes.get(), key);
                    default -> checks.read(type, resource.name(), attributes.get(), key);
                }
            }
        }
    }

    /** Each resource of a type without a counterpart is named, so the summary says what was left out. */
    private void unsupported(YamlValue.Entry entry) {
        String why = UNSUPPORTED.getOrDefault(entry.name(), "");
        if (entry.value() instanceof YamlValue.Mapping resources
                && !resources.entries().isEmpty()) {
            resources
                    .entries()
                    .forEach(r -> draft.skip(
                            new Skipped(entry.name() + "." + r.name(), r.key().line(), why)));
        } else {
            draft.skip(new Skipped(entry.name(), entry.key().line(), why));
        }
    }

    private boolean skipped(YamlValue.Mapping attributes, String key, Draft.Scenario scenario) {
        Optional<YamlValue> skip = attributes.get("skip");
        if (skip.isPresent() && fields.bool(skip.get(), key + ".skip").orElse(false)) {
            scenario.skip(new Skipped(key, attributes.line(), "it has skip: true"));
            return true;
        }
        return false;
    }

    private void file(Draft.Scenario scenario, String name, YamlValue.Mapping attributes, String key) {
        String path = attributes
                .get("path")
                .flatMap(p -> fields.string(p, key + ".path"))
                .orElse(name);
        Optional<YamlValue> existsValue = attributes.get("exists");
        if (existsValue.isEmpty()) {
            fields.missing(attributes, key + ".exists");
            return;
        }
        boolean exists = fields.bool(existsValue.get(), key + ".exists").orElse(true);
        List<String> properties = new ArrayList<>();
        properties.add(exists ? "exists" : "absent");
        String owner = "";
        String group = "";
        String kind = "";
        Optional<String> linkedTo = Optional.empty();
        for (YamlValue.Entry entry : attributes.entries()) {
            String k = key + "." + entry.name();
            int line = entry.key().line();
            YamlValue v = entry.value();
            if (!exists && !List.of("exists", "path", "skip").contains(entry.name())) {
                scenario.skip(new Skipped(k, line, "the file is expected to be absent"));
                continue;
            }
            switch (entry.name()) {
                case "exists", "path", "skip" -> {}
                case "mode" -> fields.string(v, k).ifPresent(mode -> mode(scenario, properties, mode, k, line));
                case "owner" -> owner = fields.string(v, k).orElse("");
                case "group" -> group = fields.string(v, k).orElse("");
                case "filetype" -> kind = fields.string(v, k).orElse("");
                case "linked-to" -> linkedTo = fields.string(v, k);
                    // File contents take no 'not': a negated pattern becomes a regex that must find nothing.
                case "contents" -> properties.addAll(new GossTexts(fields, scenario).read(v, k, "", false));
                case "size", "md5", "sha256", "sha512" -> scenario.skip(
                        new Skipped(k, line, "plimsoll compares a file's content as text, not its size or checksum"));
                default -> scenario.skip(new Skipped(k, line, "not an attribute of goss's file"));
            }
        }
        kind(scenario, properties, kind, linkedTo, key, attributes);
        if (!owner.isEmpty()) {
            properties.add("owned by " + ContractText.string(group.isEmpty() ? owner : owner + ":" + group));
        } else if (!group.isEmpty()) {
            scenario.skip(new Skipped(
                    key + ".group",
                    attributes.line(),
                    "plimsoll checks a group only with its owner (owned by \"user:group\")"));
        }
        scenario.step("expect file " + ContractText.string(path) + " " + String.join(" ", properties));
    }

    private static void mode(Draft.Scenario scenario, List<String> properties, String mode, String k, int line) {
        if (mode.matches("0?[0-7]{3,4}") && Integer.parseInt(mode, 8) <= 07777) {
            properties.add("mode " + String.format("%04o", Integer.parseInt(mode, 8)));
        } else {
            scenario.skip(new Skipped(k, line, "'" + mode + "' is not an octal mode such as 0644"));
        }
    }

    private static void kind(
            Draft.Scenario scenario,
            List<String> properties,
            String kind,
            Optional<String> linkedTo,
            String key,
            YamlValue.Mapping attributes) {
        if (linkedTo.isPresent()) {
            properties.add("is symlink to " + ContractText.string(linkedTo.get()));
            return;
        }
        switch (kind) {
            case "" -> {}
            case "file" -> properties.add("is regular file");
            case "directory" -> properties.add("is directory");
            case "symlink" -> properties.add("is symlink");
            case "socket" -> properties.add("is socket");
            default -> scenario.skip(
                    new Skipped(key + ".filetype", attributes.line(), "plimsoll does not check for a " + kind));
        }
    }
}
