package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.HttpRequest;
import dev.plimsoll.grammar.ast.Port;
import dev.plimsoll.grammar.ast.PortText;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;

/** Ports are 1..65535, wherever they are written; a port string without variables is checked here too. */
final class PortRangeRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        for (Port port : nodes.all(Port.class)) {
            verify(port.number(), port.span(), report);
        }
        for (PortText port : nodes.all(PortText.class)) {
            String value = port.text().literalValue();
            if (port.text().isLiteral() && port.parse(value).isEmpty()) {
                report.accept(Diagnostic.error(PortText.problem(value), port.span()));
            }
        }
        for (HttpRequest request : nodes.all(HttpRequest.class)) {
            request.port().ifPresent(number -> verify(number, request.span(), report));
        }
    }

    private static void verify(int number, Span span, Consumer<Diagnostic> report) {
        if (number < 1 || number > 65535) {
            String shown = number < 0 ? "number" : String.valueOf(number);
            report.accept(Diagnostic.error("port " + shown + " is out of range (1..65535)", span));
        }
    }
}
