package dev.plimsoll.grammar.compose;

import dev.plimsoll.grammar.diag.DiagnosticRenderer;
import dev.plimsoll.grammar.diag.SourceText;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What loading Compose files gave: the project when nothing stops it from running, and every diagnostic, each
 * in the file it is about (the Compose files, their {@code .env} and {@code env_file}s), whose texts are kept for
 * rendering.
 */
public record ComposeResult(
        Optional<ComposeProject> project, List<ComposeDiagnostic> diagnostics, Map<Path, String> sources) {
    public ComposeResult {
        diagnostics = diagnostics.stream()
                .sorted(Comparator.comparing((ComposeDiagnostic d) -> d.file().toString())
                        .thenComparingInt(d -> d.diagnostic().span().line())
                        .thenComparingInt(d -> d.diagnostic().span().column()))
                .toList();
        sources = Map.copyOf(sources);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(ComposeDiagnostic::isError);
    }

    /** Every diagnostic in the house format, files named by {@code names}; empty when there are none. */
    public String render(Function<Path, String> names) {
        return diagnostics.stream()
                .map(d -> new DiagnosticRenderer(
                                new SourceText(names.apply(d.file()), sources.getOrDefault(d.file(), "")))
                        .render(d.diagnostic()))
                .collect(Collectors.joining("\n"));
    }

    public String render() {
        return render(Path::toString);
    }
}
