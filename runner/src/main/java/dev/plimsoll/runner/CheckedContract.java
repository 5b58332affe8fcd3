package dev.plimsoll.runner;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What {@code check} learned about one contract file.
 *
 * @param rendered every diagnostic in the house format, one after the other (empty when there are none)
 * @param expectedVariables the {@code ${NAME}}s that must come from {@code --set} or the environment
 * @param diagnostics the same diagnostics as data, each with the file it is about, for {@code --format json|sarif}
 */
record CheckedContract(
        Path file,
        boolean hasErrors,
        String rendered,
        SortedSet<String> expectedVariables,
        List<FileDiagnostic> diagnostics) {

    CheckedContract {
        expectedVariables = new TreeSet<>(expectedVariables);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A result known only as text (stand-ins in tests). */
    CheckedContract(Path file, boolean hasErrors, String rendered, SortedSet<String> expectedVariables) {
        this(file, hasErrors, rendered, expectedVariables, List.of());
    }
}
