package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.OnService;
import dev.plimsoll.grammar.ast.Service;
import dev.plimsoll.grammar.ast.ServiceSettings;
import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.ast.StartService;
import dev.plimsoll.grammar.ast.StopService;
import dev.plimsoll.grammar.diag.Diagnostic;
import dev.plimsoll.grammar.diag.Suggestion;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code stop service X}, {@code start service X}, {@code on service X} and a scenario's {@code service X { }}
 * must name a declared service.
 */
final class UnknownServiceRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        if (contract.compose().isPresent()) {
            return; // the Compose files name more services: ComposeContracts.check verifies against both
        }
        List<String> names =
                contract.services().stream().map(Service::name).distinct().toList();
        for (StopService stop : nodes.all(StopService.class)) {
            verify(stop.service(), stop.span(), names, report);
        }
        for (StartService start : nodes.all(StartService.class)) {
            verify(start.service(), start.span(), names, report);
        }
        for (OnService target : nodes.all(OnService.class)) {
            verify(target.name(), nameOf(target), names, report);
        }
        for (ServiceSettings settings : nodes.all(ServiceSettings.class)) {
            verify(settings.service(), Lines.head(settings.span()), names, report);
        }
    }

    /** The name is the last word of {@code on service NAME}. */
    private static Span nameOf(OnService target) {
        Span s = target.span();
        return new Span(s.endLine(), s.endColumn() - target.name().length(), s.endLine(), s.endColumn());
    }

    private static void verify(String name, Span span, List<String> names, Consumer<Diagnostic> report) {
        if (names.contains(name)) {
            return;
        }
        String known = names.isEmpty() ? "no services are declared" : "declared: " + String.join(", ", names);
        Optional<String> hint = Suggestion.closest(name, names).map(s -> "did you mean '" + s + "'?");
        report.accept(new Diagnostic(
                dev.plimsoll.grammar.diag.Severity.ERROR,
                "unknown service '" + name + "' (" + known + ")",
                span,
                hint.or(() -> Optional.of("declare it with service " + name + " { image \"...\" }"))));
    }
}
