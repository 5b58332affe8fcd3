package dev.plimsoll.grammar.ast;

import java.util.List;

/**
 * {@code file "/path" property...}, read from the image's filesystem.
 */
public record FileCheck(Text path, List<FileProperty> properties, Span span) implements Node {
    public FileCheck {
        properties = List.copyOf(properties);
    }
}
