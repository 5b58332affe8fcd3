package dev.plimsoll.runner;

import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What {@code check} learned about one contract file.
 *
 * @param rendered every diagnostic in the house format, one after the other (empty when there are none)
 * @param expectedVariables the {@code ${NAME}}s that must come from {@code --set} or the environment
 */
record CheckedContract(Path file, boolean hasErrors, String rendered, SortedSet<String> expectedVariables) {

    CheckedContract {
        expectedVariables = new TreeSet<>(expectedVariables);
    }
}
