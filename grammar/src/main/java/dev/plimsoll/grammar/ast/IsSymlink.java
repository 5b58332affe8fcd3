package dev.plimsoll.grammar.ast;

import java.util.Optional;

/**
 * {@code is symlink [to "target"]}.
 */
public record IsSymlink(Optional<Text> target, Span span) implements FileProperty {}
