package dev.plimsoll.runner;

import java.nio.file.Path;
import java.util.Map;

/** The one place {@code check} meets the grammar; tests put a stand-in here. */
interface ContractChecker {

    CheckedContract check(Path file);

    /**
     * The rendered errors for each {@code ${NAME}} of a valid contract that neither {@code variables} nor the
     * environment defines; empty when there are none, or when the contract does not parse (the engine reports that).
     */
    default String undefinedVariables(Path file, Map<String, String> variables) {
        return "";
    }

    static ContractChecker fromGrammar() {
        return new GrammarContractChecker();
    }
}
