package dev.plimsoll.runner.importer;

import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * container-structure-test, schemaVersion 2.0.0: {@code metadataTest} becomes {@code image has}, file tests become
 * {@code file} lines, each command test a scenario that runs the command as the container's process (the tool
 * overrides the entrypoint the same way).
 */
final class CstImporter {
    private static final Set<String> TOP_LEVEL = Set.of(
            "schemaVersion",
            "metadataTest",
            "fileExistenceTests",
            "fileContentTests",
            "commandTests",
            "globalEnvVars",
            "containerRunOptions");

    private final Fields fields;
    private final Draft draft;
    private final Consumer<Diagnostic> report;

    CstImporter(Fields fields, Draft draft, Consumer<Diagnostic> report) {
        this.fields = fields;
        this.draft = draft;
        this.report = report;
    }

    void read(YamlValue root) {
        if (!(root instanceof YamlValue.Mapping top)) {
            report.accept(Diagnostic.error(
                    "a container-structure-test file is a mapping with schemaVersion: 2.0.0 at the top", root.span()));
            return;
        }
        Optional<YamlValue> version = top.get("schemaVersion");
        if (version.isEmpty()) {
            report.accept(Diagnostic.error(
                    "no schemaVersion: this does not look like a container-structure-test file (schemaVersion: 2.0.0)",
                    top.span()));
            return;
        }
        Optional<String> text = fields.string(version.get(), "schemaVersion");
        if (text.isPresent() && !text.get().equals("2.0.0")) {
            report.accept(Diagnostic.error(
                    "schemaVersion '" + text.get() + "' is not supported: import reads 2.0.0",
                    version.get().span()));
            return;
        }
        for (YamlValue.Entry entry : top.entries()) {
            if (!TOP_LEVEL.contains(entry.name())) {
                draft.skip(new Skipped(entry.name(), entry.key().line(), unknownTopLevel(entry.name())));
            }
        }
        top.get("containerRunOptions").ifPresent(this::runOptions);
        top.get("metadataTest").ifPresent(m -> new CstMetadata(fields, draft).read(m));
        top.get("fileExistenceTests").ifPresent(this::existence);
        top.get("fileContentTests").ifPresent(this::contents);
        top.get("commandTests").ifPresent(tests -> new CstCommands(fields, draft)
                .read(tests, top.get("globalEnvVars"), top.get("containerRunOptions")));
    }

    private static String unknownTopLevel(String name) {
        if (name.equals("licenseTests")) {
            return "plimsoll has no license check";
        }
        return "not a key of container-structure-test's schema 2.0.0";
    }

    private void runOptions(YamlValue value) {
        for (YamlValue.Entry entry : fields.mapping(value, "containerRunOptions")
                .map(YamlValue.Mapping::entries)
                .orElse(List.of())) {
            if (!entry.name().equals("user")) {
                draft.skip(new Skipped(
                        "containerRunOptions." + entry.name(),
                        entry.key().line(),
                        "plimsoll does not give the command tests' containers this option"));
            }
        }
    }

    private void existence(YamlValue tests) {
        List<YamlValue> items = fields.list(tests, "fileExistenceTests").orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String key = "fileExistenceTests[" + i + "]";
            fields.mapping(items.get(i), key).ifPresent(test -> new CstFileTest(fields, draft, key).existence(test));
        }
    }

    private void contents(YamlValue tests) {
        List<YamlValue> items = fields.list(tests, "fileContentTests").orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String key = "fileContentTests[" + i + "]";
            fields.mapping(items.get(i), key).ifPresent(test -> new CstFileTest(fields, draft, key).contents(test));
        }
    }
}
