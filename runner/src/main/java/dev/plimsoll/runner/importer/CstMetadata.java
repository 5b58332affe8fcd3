package dev.plimsoll.runner.importer;

import java.util.List;
import java.util.Optional;

/** {@code metadataTest}: each key becomes the {@code image has} fact that reads the same field of the image. */
final class CstMetadata {
    private final Fields fields;
    private final Draft draft;

    CstMetadata(Fields fields, Draft draft) {
        this.fields = fields;
        this.draft = draft;
    }

    void read(YamlValue value) {
        Optional<YamlValue.Mapping> metadata = fields.mapping(value, "metadataTest");
        if (metadata.isEmpty()) {
            return;
        }
        for (YamlValue.Entry entry : metadata.get().entries()) {
            String key = "metadataTest." + entry.name();
            YamlValue v = entry.value();
            int line = entry.key().line();
            switch (entry.name()) {
                case "envVars" -> pairs(v, key, "env ");
                case "labels" -> pairs(v, key, "label ");
                case "exposedPorts" -> fields.strings(v, key).ifPresent(ports -> ports(ports, key, line));
                case "volumes" -> fields.strings(v, key)
                        .ifPresent(vs -> vs.forEach(path -> draft.fact("volume " + ContractText.string(path))));
                case "entrypoint" -> fields.strings(v, key)
                        .ifPresent(argv -> draft.fact("entrypoint " + ContractText.argv(argv)));
                case "cmd" -> fields.strings(v, key).ifPresent(argv -> draft.fact("cmd " + ContractText.argv(argv)));
                case "workdir" -> fields.string(v, key).ifPresent(w -> draft.fact("workdir " + ContractText.string(w)));
                case "user" -> fields.string(v, key).ifPresent(u -> user(u, key, line));
                case "unboundEnvVars", "unexposedPorts", "unmountedVolumes" -> draft.skipFact(
                        new Skipped(key, line, "plimsoll states what an image has, not what it lacks"));
                default -> draft.skipFact(new Skipped(key, line, "not a key of metadataTest"));
            }
        }
    }

    private void user(String user, String key, int line) {
        if (user.isEmpty()) {
            // container-structure-test treats an empty user as "not checked".
            draft.skipFact(new Skipped(key, line, "an empty user is not checked by container-structure-test either"));
            return;
        }
        draft.fact("user " + ContractText.string(user));
    }

    /** {@code key}/{@code value}/{@code isRegex} items, as env variables or labels. */
    private void pairs(YamlValue value, String key, String fact) {
        List<YamlValue> items = fields.list(value, key).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String itemKey = key + "[" + i + "]";
            Optional<YamlValue.Mapping> pair = fields.mapping(items.get(i), itemKey);
            if (pair.isEmpty()) {
                continue;
            }
            Optional<String> name = pair.get().get("key").flatMap(k -> fields.string(k, itemKey + ".key"));
            String text = pair.get()
                    .get("value")
                    .flatMap(v -> fields.string(v, itemKey + ".value"))
                    .orElse("");
            boolean regex = pair.get()
                    .get("isRegex")
                    .flatMap(r -> fields.bool(r, itemKey + ".isRegex"))
                    .orElse(false);
            if (name.isEmpty() || name.get().isEmpty()) {
                draft.skipFact(new Skipped(itemKey, items.get(i).line(), "no key to check"));
                continue;
            }
            String subject = fact.equals("env ") ? "env " + name.get() : "label " + ContractText.string(name.get());
            if (fact.equals("env ") && !name.get().matches("[A-Za-z_][A-Za-z0-9_-]*")) {
                draft.skipFact(new Skipped(
                        itemKey,
                        items.get(i).line(),
                        "'" + name.get() + "' is not a name the contract language can write"));
                continue;
            }
            if (!regex) {
                draft.fact(subject + " = " + ContractText.string(text));
                continue;
            }
            String java = ContractText.javaRegex(text);
            Optional<String> problem = ContractText.problem(java);
            if (problem.isPresent()) {
                draft.skipFact(new Skipped(itemKey, items.get(i).line(), problem.get()));
            } else {
                draft.fact(subject + " matches " + ContractText.regex(java, ""));
            }
        }
    }

    private void ports(List<String> ports, String key, int line) {
        for (String port : ports) {
            if (port.matches("\\d{1,5}(/(tcp|udp))?") && Ports.valid(port.split("/")[0])) {
                draft.fact("exposed port " + (port.contains("/") ? port : port + "/tcp"));
            } else {
                draft.skipFact(new Skipped(key, line, "'" + port + "' is not a port such as 8080 or 53/udp"));
            }
        }
    }
}
