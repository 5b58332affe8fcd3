package dev.plimsoll.engine.descriptor;

import dev.plimsoll.grammar.ast.Span;
import java.util.HashSet;
import java.util.Set;

/**
 * The unique-id segment values of sibling nodes of one kind. The first statement written on a line is keyed by its
 * line ({@code 12}), so ids stay stable and "re-run line 12" reads naturally; each further statement on that line is
 * keyed by line and column ({@code 12:30}), so statements that share a line never share an id and none is lost.
 */
final class LineKeys {
    private final Set<Integer> taken = new HashSet<>();

    /** The key of the next sibling, in the order they are written. */
    String next(Span span) {
        return taken.add(span.line()) ? String.valueOf(span.line()) : span.line() + ":" + span.column();
    }
}
