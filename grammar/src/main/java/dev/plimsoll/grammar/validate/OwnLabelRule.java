package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.LabelSetting;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.function.Consumer;

/** plimsoll finds and removes its containers by its own labels: a contract may not write them. */
final class OwnLabelRule implements Rule {
    private static final String PREFIX = "dev.plimsoll.";

    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        for (LabelSetting label : nodes.all(LabelSetting.class)) {
            if (label.name().literalValue().startsWith(PREFIX)) {
                report.accept(Diagnostic.error(
                        "label '" + label.name().literalValue() + "' is plimsoll's own",
                        label.name().span(),
                        "labels starting with " + PREFIX + " mark the containers a run removes; choose another"
                                + " prefix"));
            }
        }
    }
}
