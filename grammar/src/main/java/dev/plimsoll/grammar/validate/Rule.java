package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;

/** One concern checked on a whole contract; reports every finding, never stops at the first. */
interface Rule {
    void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report);
}
