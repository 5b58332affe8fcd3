package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;

/** A contract must say which image it is about. */
final class MissingSubjectRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        if (contract.subject().isPresent()) {
            return;
        }
        report.accept(Diagnostic.error(
                "the contract names no image",
                Span.of(1, 1, 1),
                "start it with image \"name:tag\" or build \".\" (the Dockerfile beside the contract)"));
    }
}
