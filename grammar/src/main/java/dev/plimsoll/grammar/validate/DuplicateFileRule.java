package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;

/** One line per file: two checks of the same path usually mean a copy-paste slip. */
final class DuplicateFileRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        Firsts.reportRepeats(contract.files(), f -> f.path().literalValue(), "file check", report);
    }
}
