package dev.plimsoll.grammar.compose;

import dev.plimsoll.grammar.ast.Span;
import java.nio.file.Path;

/**
 * Where a value was written: the Compose file, the position in it, and the directory its relative paths are
 * relative to (the first file's for merged files, as Compose does; the file's own for {@code extends}).
 */
public record Origin(Path file, Path baseDirectory, Span span) {}
