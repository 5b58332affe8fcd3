package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.ExpectPortOpen;
import dev.plimsoll.grammar.ast.HttpRequest;
import dev.plimsoll.grammar.ast.Port;
import dev.plimsoll.grammar.ast.PortText;
import dev.plimsoll.grammar.ast.PortValue;
import dev.plimsoll.grammar.ast.Protocol;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.WaitForPort;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Ports are 1..65535, wherever they are written; a port string without variables is checked here too. A port that a
 * step probes ({@code expect port ... open}, {@code wait for port}) must be TCP: UDP has no connection to open, and
 * Docker's proxy takes every datagram on a published port, so nothing would tell a listening service from none.
 */
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
        for (ExpectPortOpen expect : nodes.all(ExpectPortOpen.class)) {
            probed(expect.port(), report);
        }
        for (WaitForPort wait : nodes.all(WaitForPort.class)) {
            probed(wait.port(), report);
        }
        for (HttpRequest request : nodes.all(HttpRequest.class)) {
            request.port().ifPresent(number -> verify(number, request.span(), report));
        }
    }

    private static void probed(PortValue port, Consumer<Diagnostic> report) {
        Optional<Port> literal = port instanceof Port number
                ? Optional.of(number)
                : port instanceof PortText text && text.text().isLiteral()
                        ? text.parse(text.text().literalValue())
                        : Optional.empty();
        literal.filter(value -> value.protocol() == Protocol.UDP)
                .ifPresent(udp -> report.accept(Diagnostic.error(
                        PortText.notProbed(udp.number()),
                        port.span(),
                        "check what answers on it instead, e.g. expect command [...] or a client: expect run")));
    }

    private static void verify(int number, Span span, Consumer<Diagnostic> report) {
        if (number < 1 || number > 65535) {
            String shown = number < 0 ? "number" : String.valueOf(number);
            report.accept(Diagnostic.error("port " + shown + " is out of range (1..65535)", span));
        }
    }
}
