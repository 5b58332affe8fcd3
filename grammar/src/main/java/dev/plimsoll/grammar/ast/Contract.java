package dev.plimsoll.grammar.ast;

import java.util.List;
import java.util.Optional;

/**
 * A whole {@code .contract} file.
 */
public record Contract(
        String sourceName,
        Optional<Subject> subject,
        Optional<Defaults> defaults,
        Optional<ImageFacts> imageFacts,
        List<FileCheck> files,
        List<Service> services,
        List<Scenario> scenarios,
        Optional<ComposeSource> compose,
        Span span)
        implements Node {
    public Contract {
        files = List.copyOf(files);
        services = List.copyOf(services);
        scenarios = List.copyOf(scenarios);
    }
}
