package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.AnonymousVolume;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.Text;
import dev.plimsoll.grammar.ast.VolumeFact;
import dev.plimsoll.grammar.ast.VolumeMount;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;

/** Paths inside a container are absolute: Docker refuses a relative mount target only when the scenario runs. */
final class AbsolutePathRule implements Rule {
    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        for (VolumeMount mount : nodes.all(VolumeMount.class)) {
            verify(mount.path(), "volume target", report);
        }
        for (AnonymousVolume volume : nodes.all(AnonymousVolume.class)) {
            verify(volume.path(), "volume target", report);
        }
        for (VolumeFact volume : nodes.all(VolumeFact.class)) {
            verify(volume.path(), "volume", report);
        }
    }

    private static void verify(Text path, String what, Consumer<Diagnostic> report) {
        String value = path.literalValue();
        if (value.startsWith("${")) {
            return; // a variable may well hold an absolute path
        }
        if (!value.startsWith("/")) {
            report.accept(Diagnostic.error(
                    what + " '" + value + "' is not an absolute path",
                    path.span(),
                    "paths inside the container start with /, e.g. \"/" + value + "\""));
        }
    }
}
