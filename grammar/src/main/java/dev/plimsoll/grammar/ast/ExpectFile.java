package dev.plimsoll.grammar.ast;

import java.util.List;
import java.util.Optional;

/** {@code expect file "/path" property... [on service X] [within D]}, read from the running container. */
public record ExpectFile(Text path, List<FileProperty> properties, Target target, Optional<Duration> within, Span span)
        implements Expectation, Targeted {
    public ExpectFile {
        properties = List.copyOf(properties);
    }
}
