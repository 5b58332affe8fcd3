package dev.plimsoll.grammar;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.Step;

/** Canonical source for an AST: {@code parse(print(contract))} equals {@code contract} but for spans. */
public final class ContractPrinter {
    private ContractPrinter() {}

    public static String print(Contract contract) {
        throw new UnsupportedOperationException("not yet");
    }

    /** One step on one line, as the engine shows it for a test name. */
    public static String describe(Step step) {
        throw new UnsupportedOperationException("not yet");
    }
}
