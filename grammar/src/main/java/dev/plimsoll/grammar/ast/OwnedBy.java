package dev.plimsoll.grammar.ast;

import java.util.Optional;

/**
 * {@code owned by "app:app"}, {@code "1000:1000"} or {@code "app"}.
 */
public record OwnedBy(Principal user, Optional<Principal> group, Span span) implements FileProperty {}
