package dev.plimsoll.runner;

import java.nio.file.Path;

/** The one place {@code check} meets the grammar; tests put a stand-in here. */
interface ContractChecker {

    CheckedContract check(Path file);

    static ContractChecker fromGrammar() {
        return new GrammarContractChecker();
    }
}
