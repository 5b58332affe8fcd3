package dev.plimsoll.runner.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code commandTests}: one scenario each. container-structure-test runs the command as the container's own
 * process with the image's entrypoint cleared, so the scenario does the same and checks the exit code and output.
 */
final class CstCommands {
    private final Fields fields;
    private final Draft draft;

    CstCommands(Fields fields, Draft draft) {
        this.fields = fields;
        this.draft = draft;
    }

    void read(YamlValue tests, Optional<YamlValue> globalEnv, Optional<YamlValue> runOptions) {
        List<YamlValue> items = fields.list(tests, "commandTests").orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String key = "commandTests[" + i + "]";
            int index = i;
            fields.mapping(items.get(i), key).ifPresent(test -> test(test, key, index, globalEnv, runOptions));
        }
    }

    private void test(
            YamlValue.Mapping test,
            String key,
            int index,
            Optional<YamlValue> globalEnv,
            Optional<YamlValue> runOptions) {
        Optional<YamlValue> commandValue = test.get("command");
        if (commandValue.isEmpty()) {
            fields.missing(test, key + ".command");
            return;
        }
        Optional<String> command = fields.string(commandValue.get(), key + ".command");
        if (command.isEmpty()) {
            return;
        }
        String name = test.get("name")
                .flatMap(n -> fields.string(n, key + ".name"))
                .filter(n -> !n.isBlank())
                .orElse("command test " + (index + 1));
        Draft.Scenario scenario = draft.scenario(name);
        List<String> argv = new ArrayList<>(List.of(command.get()));
        test.get("args").flatMap(a -> fields.strings(a, key + ".args")).ifPresent(argv::addAll);
        List<List<String>> setup = new ArrayList<>();
        int exitCode = 0;
        globalEnv.ifPresent(env -> env(scenario, env, "globalEnvVars"));
        runOptions.ifPresent(options -> runOptions(scenario, options));
        for (YamlValue.Entry entry : test.entries()) {
            String k = key + "." + entry.name();
            int line = entry.key().line();
            YamlValue v = entry.value();
            switch (entry.name()) {
                case "name", "command", "args" -> {}
                case "envVars" -> env(scenario, v, k);
                case "exitCode" -> exitCode = fields.integer(v, k).orElse(0);
                case "setup" -> fields.list(v, k).ifPresent(commands -> {
                    for (int j = 0; j < commands.size(); j++) {
                        fields.strings(commands.get(j), k + "[" + j + "]").ifPresent(setup::add);
                    }
                });
                case "teardown" -> scenario.skip(new Skipped(
                        k, line, "the scenario's containers are removed when it ends; nothing runs after the test"));
                case "expectedOutput", "excludedOutput", "expectedError", "excludedError" -> {}
                default -> scenario.skip(new Skipped(k, line, "not a key of commandTests"));
            }
        }
        if (setup.isEmpty()) {
            scenario.setting("entrypoint []");
            scenario.setting("command " + ContractText.argv(argv));
        } else {
            // The tool commits each setup command into the image the test runs in; a shell runs them first here.
            scenario.comment("setup runs in a shell before the command, in the same container");
            List<String> shell = new ArrayList<>(List.of("sh", "-c", shellScript(setup)));
            shell.addAll(argv);
            scenario.setting("entrypoint []");
            scenario.setting("command " + ContractText.argv(shell));
        }
        if (exitCode < 0 || exitCode > 255) {
            scenario.skip(new Skipped(key + ".exitCode", test.line(), "exit codes are 0..255"));
        } else {
            scenario.step("expect exit " + exitCode + " within 1m");
        }
        output(scenario, test, key, "expectedOutput", "stdout", false);
        output(scenario, test, key, "excludedOutput", "stdout", true);
        output(scenario, test, key, "expectedError", "stderr", false);
        output(scenario, test, key, "excludedError", "stderr", true);
    }

    private void output(
            Draft.Scenario scenario, YamlValue.Mapping test, String key, String name, String stream, boolean excluded) {
        Optional<YamlValue> value = test.get(name);
        if (value.isEmpty()) {
            return;
        }
        int line = value.get().line();
        for (String goRegex : fields.strings(value.get(), key + "." + name).orElse(List.of())) {
            String java = ContractText.javaRegex(goRegex);
            Optional<String> problem = ContractText.problem(java);
            if (problem.isPresent()) {
                scenario.skip(new Skipped(key + "." + name, line, problem.get()));
                continue;
            }
            // A stream's regex is multi-line here; container-structure-test's ^ and $ are the whole output's.
            String anchored = java.contains("^") || java.contains("$") ? "(?-m)" + java : java;
            scenario.step(
                    "expect " + stream + (excluded ? " not" : "") + " matches " + ContractText.regex(anchored, ""));
        }
    }

    private void env(Draft.Scenario scenario, YamlValue value, String key) {
        List<YamlValue> items = fields.list(value, key).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String itemKey = key + "[" + i + "]";
            int line = items.get(i).line();
            Optional<YamlValue.Mapping> pair = fields.mapping(items.get(i), itemKey);
            Optional<String> name = pair.flatMap(p -> p.get("key")).flatMap(k -> fields.string(k, itemKey + ".key"));
            String text = pair.flatMap(p -> p.get("value"))
                    .flatMap(v -> fields.string(v, itemKey + ".value"))
                    .orElse("");
            if (name.isEmpty() || !name.get().matches("[A-Za-z_][A-Za-z0-9_-]*")) {
                scenario.skip(new Skipped(itemKey, line, "no variable name the contract language can write"));
            } else if (text.contains("$")) {
                scenario.skip(new Skipped(
                        itemKey, line, "its value refers to other variables, which plimsoll does not expand: " + text));
            } else {
                scenario.setting("env " + name.get() + " = " + ContractText.string(text));
            }
        }
    }

    /** Only the user reaches the scenario; the importer notes the other options once. */
    private void runOptions(Draft.Scenario scenario, YamlValue value) {
        if (value instanceof YamlValue.Mapping options) {
            options.get("user")
                    .flatMap(u -> fields.string(u, "containerRunOptions.user"))
                    .filter(u -> !u.isEmpty())
                    .ifPresent(u -> scenario.setting("user " + ContractText.string(u)));
        }
    }

    /** {@code 'a' 'b' && 'c' && exec "$0" "$@"}: the command itself follows as the shell's arguments. */
    private static String shellScript(List<List<String>> setup) {
        String commands = setup.stream()
                .map(words -> words.stream().map(ContractText::shellQuote).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" && "));
        return commands + " && exec \"$0\" \"$@\"";
    }
}
