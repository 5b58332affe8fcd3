package dev.plimsoll.grammar.ast;

import dev.plimsoll.grammar.ContractPrinter;

/** One line of a scenario. */
public sealed interface Step extends Node permits Setting, Action, Expectation {

    /** The step in its canonical one-line source form, e.g. {@code expect http GET "/health" port 9000}. */
    default String describe() {
        return ContractPrinter.describe(this);
    }
}
