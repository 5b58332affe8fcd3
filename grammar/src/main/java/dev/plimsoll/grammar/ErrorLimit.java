package dev.plimsoll.grammar;

import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Past a hundred errors a file is not a contract with mistakes but something else (a wrong file, a bad merge):
 * showing the first hundred helps as much as showing all, and keeps {@code check} fast on any input.
 */
final class ErrorLimit {
    static final int MAX_ERRORS = 100;

    private ErrorLimit() {}

    /** The first {@link #MAX_ERRORS} diagnostics, then one saying how many more were left out. */
    static List<Diagnostic> apply(List<Diagnostic> sorted) {
        if (sorted.size() <= MAX_ERRORS) {
            return sorted;
        }
        List<Diagnostic> kept = new ArrayList<>(sorted.subList(0, MAX_ERRORS));
        Diagnostic next = sorted.get(MAX_ERRORS);
        kept.add(Diagnostic.error(
                "too many errors: stopped after " + MAX_ERRORS,
                next.span(),
                "fix these first; is this file a contract?"));
        return kept;
    }
}
