package dev.plimsoll.runner.fake;

import dev.plimsoll.engine.descriptor.ContractDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.EngineDiscoveryListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestDescriptor.Type;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * Reads the fake engine's contract format, one directive a line; indented lines belong to the scenario
 * above:
 *
 * <pre>
 * pass|fail|error|skip|abort NAME [:: MESSAGE]   a check (fail: assertion, error: other exception)
 * param KEY = VALUE                              passes when the configuration parameter KEY is VALUE
 * log TEXT                                       a 'log' report entry (\n and \e escapes) on the check above
 * scenario NAME | scenario-fail NAME :: MESSAGE  a scenario, or one whose setup fails
 * invalid MESSAGE | warning MESSAGE              a discovery issue at this line
 * docker-unavailable MESSAGE                     the engine fails its root as without Docker
 * subject IMAGE-ID [REFERENCE]                   the image the contract ran against, reported as the engine does
 * entry KEY :: VALUE                             a report entry of the scenario above (or the contract)
 * moment CONTAINER :: EVENT                      a container's moment, published on the scenario when the checks
 *                                                above it have run (keys as the engine's ContainerEvents)
 * </pre>
 */
final class FakeContract {

    private static final String SEPARATOR = " :: ";

    private FakeContract() {}

    static void read(Path file, TestDescriptor engine, EngineDiscoveryListener listener) {
        List<String> lines = lines(file);
        FakeDescriptor contract = new FakeDescriptor(
                engine.getUniqueId().append("contract", file.toString()),
                file.getFileName().toString(),
                FileSource.from(file.toFile()),
                Type.CONTAINER,
                "contract",
                "");
        FakeDescriptor scenario = null;
        FakeDescriptor last = contract;
        boolean valid = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) continue;
            String[] words = line.strip().split(" ", 2);
            String rest = words.length > 1 ? words[1] : "";
            FilePosition position = FilePosition.from(i + 1, line.indexOf(words[0]) + 1);
            FileSource source = FileSource.from(file.toFile(), position);
            boolean indented = Character.isWhitespace(line.charAt(0));
            FakeDescriptor parent = indented && scenario != null ? scenario : contract;
            switch (words[0]) {
                case "invalid", "warning" -> {
                    Severity severity = words[0].equals("invalid") ? Severity.ERROR : Severity.WARNING;
                    listener.issueEncountered(
                            engine.getUniqueId(),
                            DiscoveryIssue.builder(severity, file + ":" + (i + 1) + ": " + rest)
                                    .source(source)
                                    .build());
                    valid &= severity != Severity.ERROR;
                }
                case "docker-unavailable" -> contract.logs.add("docker-unavailable" + SEPARATOR + rest);
                case "subject" -> {
                    String[] subject = rest.split(" ", 2);
                    contract.entries.put(ContractDescriptor.IMAGE_ENTRY, subject[0]);
                    if (subject.length > 1) contract.entries.put(ContractDescriptor.REFERENCE_ENTRY, subject[1]);
                }
                case "entry" -> {
                    String[] entry = rest.split(SEPARATOR, 2);
                    (scenario != null ? scenario : contract).entries.put(entry[0], entry[1].replace("\\n", "\n"));
                }
                case "moment" -> {
                    String[] moment = rest.split(SEPARATOR, 2);
                    FakeDescriptor owner = scenario != null ? scenario : contract;
                    owner.moments.add(Map.entry(
                            owner.getChildren().size(),
                            Map.of("container", moment[0], "event", moment[1], "id", moment[0].replace(' ', '-'))));
                }
                case "log" -> last.logs.add(rest.replace("\\n", "\n").replace("\\e", "\u001b"));
                case "scenario", "scenario-fail" -> {
                    scenario = child(contract, words[0], rest, source, Type.CONTAINER, i + 1);
                    last = scenario;
                }
                default -> last = child(parent, words[0], rest, source, Type.TEST, i + 1);
            }
        }
        if (valid) engine.addChild(contract);
    }

    private static FakeDescriptor child(
            FakeDescriptor parent, String kind, String text, FileSource source, Type type, int line) {
        String[] parts = text.split(SEPARATOR, 2);
        String name = kind.equals("param") ? "param " + text : parts[0];
        String message = parts.length > 1 ? parts[1].replace("\\n", "\n") : "";
        FakeDescriptor child = new FakeDescriptor(
                parent.getUniqueId().append(type == Type.TEST ? "check" : "scenario", Integer.toString(line)),
                name,
                source,
                type,
                kind,
                message);
        parent.addChild(child);
        return child;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
