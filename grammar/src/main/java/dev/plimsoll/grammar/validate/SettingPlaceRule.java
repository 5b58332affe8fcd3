package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.EnvUnset;
import dev.plimsoll.grammar.ast.ExpectRun;
import dev.plimsoll.grammar.ast.Publish;
import dev.plimsoll.grammar.ast.Service;
import dev.plimsoll.grammar.ast.ServiceSettings;
import dev.plimsoll.grammar.ast.Setting;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;

/**
 * Settings that make no sense where they are written: a client run publishes nothing and starts from its image's
 * environment; a scenario's {@code service X { }} block belongs in a scenario only.
 */
final class SettingPlaceRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        for (ExpectRun run : nodes.all(ExpectRun.class)) {
            run.settings().forEach(setting -> checkRun(setting, report));
        }
        for (Service service : contract.services()) {
            service.settings().stream()
                    .filter(ServiceSettings.class::isInstance)
                    .forEach(nested -> report.accept(Diagnostic.error(
                            "a service's settings are written directly in its block",
                            Lines.head(nested.span()),
                            "'service NAME { ... }' changes a service for one scenario: write it in a scenario")));
        }
        for (ServiceSettings outer : nodes.all(ServiceSettings.class)) {
            outer.settings().stream()
                    .filter(ServiceSettings.class::isInstance)
                    .forEach(nested -> report.accept(Diagnostic.error(
                            "'service' blocks do not nest",
                            Lines.head(nested.span()),
                            "write each service's block directly in the scenario")));
        }
    }

    private static void checkRun(Setting setting, Consumer<Diagnostic> report) {
        if (setting instanceof Publish) {
            report.accept(Diagnostic.error(
                    "a client run publishes no ports",
                    setting.span(),
                    "it runs on the scenario's network: reach the subject as 'subject' and services by their names"));
        } else if (setting instanceof EnvUnset) {
            report.accept(Diagnostic.error(
                    "'unset env' does not fit a client run",
                    setting.span(),
                    "set the variable to what the command needs with env NAME = \"value\""));
        } else if (setting instanceof ServiceSettings) {
            report.accept(Diagnostic.error(
                    "a client run cannot change a service's settings",
                    Lines.head(setting.span()),
                    "write 'service NAME { ... }' at the top of the scenario"));
        }
    }
}
