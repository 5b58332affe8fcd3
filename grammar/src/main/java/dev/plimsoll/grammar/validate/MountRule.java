package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.HostMount;
import dev.plimsoll.grammar.ast.Literal;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.TextPart;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;

/**
 * {@code mount "host" at "/path"}: the Docker socket only through {@code mount docker socket}, so a report can say
 * that a contract asked for it; and a container path Docker accepts.
 */
final class MountRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        for (HostMount mount : nodes.all(HostMount.class)) {
            if (mount.hostPath().literalValue().endsWith("docker.sock")) {
                report.accept(Diagnostic.error(
                        "the Docker socket is mounted only with 'mount docker socket'",
                        mount.hostPath().span(),
                        "write 'mount docker socket': the report then says that the contract controls Docker"));
            }
            if (!startsAbsolute(mount.containerPath())) {
                report.accept(Diagnostic.error(
                        "the container path of a mount must be absolute",
                        mount.containerPath().span(),
                        "start it with /, e.g. \"/"
                                + mount.containerPath().literalValue().replaceFirst("^\\./", "") + "\""));
            }
        }
    }

    /** A path that starts with a variable is judged when the variable is known. */
    private static boolean startsAbsolute(Text path) {
        if (path.parts().isEmpty()) {
            return false;
        }
        TextPart first = path.parts().get(0);
        return !(first instanceof Literal literal) || literal.value().startsWith("/");
    }
}
