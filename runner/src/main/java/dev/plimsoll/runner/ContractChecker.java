package dev.plimsoll.runner;

import java.nio.file.Path;

/** The one place {@code check} meets the grammar; tests put a stand-in here. */
interface ContractChecker {

    CheckedContract check(Path file);

    /**
     * Checks {@code text} as if it were the contents of {@code file} (which need not exist): an editor's unsaved
     * buffer, whose relative paths still resolve from the file's folder.
     */
    default CheckedContract check(Path file, String text) {
        throw new UnsupportedOperationException("this checker reads files only");
    }

    static ContractChecker fromGrammar() {
        return new GrammarContractChecker();
    }
}
