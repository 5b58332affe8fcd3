package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.Service;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;

/** Service names are host names on the scenario network: each must be unique. */
final class DuplicateServiceRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        Firsts.reportRepeats(contract.services(), Service::name, "service", report);
    }
}
