package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.HasMode;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;

/** File modes are permission bits plus setuid, setgid and sticky: at most 07777. */
final class ModeRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        for (HasMode mode : nodes.all(HasMode.class)) {
            if (mode.mode() > 07777) {
                report.accept(Diagnostic.error(
                        "mode 0" + Integer.toOctalString(mode.mode()) + " is above 07777",
                        mode.span(),
                        "a mode is four octal digits at most, e.g. 0750"));
            }
        }
    }
}
