package dev.plimsoll.grammar.ast;

import java.util.Optional;

/**
 * {@code label "name"} (is set) or {@code label "name" = "v"} / {@code contains} / {@code matches}.
 */
public record LabelFact(Text name, Optional<TextMatch> value, Span span) implements ImageFact {}
