package dev.plimsoll.grammar.ast;

import java.util.Optional;

/**
 * {@code ${NAME}} or {@code ${NAME:-fallback}}.
 */
public record VariableRef(String name, Optional<String> fallback) implements TextPart {}
