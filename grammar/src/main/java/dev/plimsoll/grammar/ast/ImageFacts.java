package dev.plimsoll.grammar.ast;

import java.util.List;

/**
 * The {@code image has { ... }} block, checked from image metadata.
 */
public record ImageFacts(List<ImageFact> facts, Span span) implements Node {
    public ImageFacts {
        facts = List.copyOf(facts);
    }
}
