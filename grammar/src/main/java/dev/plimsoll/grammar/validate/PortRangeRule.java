package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.HttpRequest;
import dev.plimsoll.grammar.ast.Nodes;
import dev.plimsoll.grammar.ast.Port;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;

/** Ports are 1..65535, wherever they are written. */
final class PortRangeRule implements Rule {
    @Override
    public void check(Contract contract, Consumer<Diagnostic> report) {
        for (Port port : Nodes.all(contract, Port.class)) {
            verify(port.number(), port.span(), report);
        }
        for (HttpRequest request : Nodes.all(contract, HttpRequest.class)) {
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
