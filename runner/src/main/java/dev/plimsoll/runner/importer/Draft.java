package dev.plimsoll.runner.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contract being written, section by section. Importers add statements in contract syntax and skipped keys;
 * a skipped key becomes a comment where its statement would have been, so a reader sees it in place.
 */
final class Draft {
    private final List<String> header = new ArrayList<>();
    private final List<String> defaults = new ArrayList<>();
    private final List<String> topNotes = new ArrayList<>();
    private final List<String> facts = new ArrayList<>();
    private final Map<String, FileLine> files = new LinkedHashMap<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private int imported;

    void comment(String text) {
        header.add("# " + text);
    }

    void defaults(String item) {
        defaults.add(item);
    }

    void fact(String fact) {
        facts.add(fact);
        imported++;
    }

    void skipFact(Skipped skip) {
        facts.add(skip.comment());
        skipped.add(skip);
    }

    void skip(Skipped skip) {
        topNotes.add(skip.comment());
        skipped.add(skip);
    }

    /** A property of the file check for {@code path}; the language takes one line per path, so they merge. */
    void file(String path, FileProperty property, String key, int line) {
        FileLine file = files.computeIfAbsent(path, FileLine::new);
        if (file.properties.contains(property)) {
            return;
        }
        Optional<FileProperty> clash = file.properties.stream()
                .filter(p -> (property.single() && p.kind().equals(property.kind()))
                        || p.kind().equals("absent")
                        || property.kind().equals("absent"))
                .findFirst();
        if (clash.isPresent()) {
            Skipped skip = new Skipped(
                    key,
                    line,
                    "'" + property.text() + "' contradicts '" + clash.get().text()
                            + "', which an earlier test gives for " + path);
            file.notes.add(skip.comment());
            skipped.add(skip);
            return;
        }
        if (file.properties.isEmpty()) {
            imported++;
        }
        file.properties.add(property);
    }

    void skipFile(String path, Skipped skip) {
        files.computeIfAbsent(path, FileLine::new).notes.add(skip.comment());
        skipped.add(skip);
    }

    /** A new scenario; a name already taken gets a number, since scenario names are unique. */
    Scenario scenario(String name) {
        String unique = name;
        for (int n = 2; taken(unique); n++) {
            unique = name + " (" + n + ")";
        }
        Scenario scenario = new Scenario(unique);
        scenarios.add(scenario);
        return scenario;
    }

    private boolean taken(String name) {
        return scenarios.stream().anyMatch(s -> s.name.equals(name));
    }

    int imported() {
        return imported;
    }

    List<Skipped> skipped() {
        return List.copyOf(skipped);
    }

    String render(String subject) {
        List<String> out = new ArrayList<>(header);
        out.add(subject);
        if (!defaults.isEmpty()) {
            out.add("");
            out.add("defaults {");
            defaults.forEach(d -> out.add("  " + d));
            out.add("}");
        }
        if (!topNotes.isEmpty()) {
            out.add("");
            out.addAll(topNotes);
        }
        if (!facts.isEmpty()) {
            out.add("");
            out.add("image has {");
            facts.forEach(f -> out.add("  " + f));
            out.add("}");
        }
        if (!files.isEmpty()) {
            out.add("");
        }
        for (FileLine file : files.values()) {
            out.addAll(file.notes);
            if (!file.properties.isEmpty()) {
                StringBuilder line = new StringBuilder("file " + ContractText.string(file.path));
                file.properties.forEach(p -> line.append(' ').append(p.text()));
                out.add(line.toString());
            }
        }
        for (Scenario scenario : scenarios) {
            out.add("");
            out.add("scenario " + ContractText.string(scenario.name) + " {");
            scenario.settings.forEach(s -> out.add("  " + s));
            scenario.body.forEach(s -> out.add("  " + s));
            out.add("}");
        }
        return String.join("\n", out) + "\n";
    }

    /** One property of a file line; {@code single} kinds (mode, owner, type, existence) may appear once. */
    record FileProperty(String kind, String text, boolean single) {
        static FileProperty single(String kind, String text) {
            return new FileProperty(kind, text, true);
        }

        static FileProperty content(String text) {
            return new FileProperty("content", text, false);
        }
    }

    private static final class FileLine {
        final String path;
        final List<FileProperty> properties = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        FileLine(String path) {
            this.path = path;
        }
    }

    /** A scenario's settings come first (the language requires it); notes and steps keep their order. */
    final class Scenario {
        private final String name;
        private final List<String> settings = new ArrayList<>();
        private final List<String> body = new ArrayList<>();

        private Scenario(String name) {
            this.name = name;
        }

        void setting(String setting) {
            if (!settings.contains(setting)) {
                settings.add(setting);
            }
        }

        void comment(String text) {
            body.add("# " + text);
        }

        void step(String step) {
            body.add(step);
            imported++;
        }

        void skip(Skipped skip) {
            body.add(skip.comment());
            skipped.add(skip);
        }
    }
}
