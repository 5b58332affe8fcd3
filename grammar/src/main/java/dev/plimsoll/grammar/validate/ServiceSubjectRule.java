package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.ServiceSubject;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;

/** {@code subject service X} names a Compose service, so the contract must say where they come from. */
final class ServiceSubjectRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        if (contract.subject().orElse(null) instanceof ServiceSubject subject
                && contract.compose().isEmpty()) {
            report.accept(Diagnostic.error(
                    "'subject service " + subject.service() + "' needs Compose files",
                    subject.span(),
                    "add services from \"docker-compose.yml\" before it"));
        }
    }
}
