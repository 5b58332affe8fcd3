package dev.plimsoll.grammar.compose;

import dev.plimsoll.grammar.ast.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Reads {@code env_file} entries (relative to the Compose file) into environment entries located in them. */
final class EnvFiles {
    private final Function<String, Optional<String>> variables;
    private final Report report;
    private final BiConsumer<Path, String> sources;

    /**
     * @param sources every env file read, with its text, for rendering diagnostics
     */
    EnvFiles(Function<String, Optional<String>> variables, Report report, BiConsumer<Path, String> sources) {
        this.variables = variables;
        this.report = report;
        this.sources = sources;
    }

    List<EnvVar> read(Value file) {
        Path path = file.origin().baseDirectory().resolve(file.text()).normalize();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            report.error("cannot read env_file '" + file.text() + "' (" + path + ")", file.origin());
            return List.of();
        }
        sources.accept(path, text);
        DotEnv.Read read = DotEnv.parse(text, variables);
        read.diagnostics().forEach(d -> report.add(new ComposeDiagnostic(path, d)));
        List<EnvVar> vars = new ArrayList<>();
        for (Map.Entry<String, String> entry : read.values().entrySet()) {
            Span span = read.spans().get(entry.getKey());
            Origin origin = new Origin(path, file.origin().baseDirectory(), span == null ? Span.of(1, 1, 1) : span);
            vars.add(new EnvVar(entry.getKey(), Optional.of(entry.getValue()), origin));
        }
        return vars;
    }
}
