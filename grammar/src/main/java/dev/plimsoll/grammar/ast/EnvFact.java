package dev.plimsoll.grammar.ast;

import java.util.Optional;

/**
 * {@code env NAME} (is set) or {@code env NAME = "v"} / {@code contains} / {@code matches}.
 */
public record EnvFact(String name, Optional<TextMatch> value, Span span) implements ImageFact {}
