package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.StatusIs;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;

/** HTTP status codes are three digits, 100..599. */
final class HttpStatusRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        for (StatusIs status : nodes.all(StatusIs.class)) {
            if (status.status() < 100 || status.status() > 599) {
                report.accept(
                        Diagnostic.error("http status " + status.status() + " is outside 100..599", status.span()));
            }
        }
    }
}
