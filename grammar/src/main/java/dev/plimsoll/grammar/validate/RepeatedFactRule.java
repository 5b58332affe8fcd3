package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.CmdFact;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.EntrypointFact;
import dev.plimsoll.grammar.ast.HealthcheckFact;
import dev.plimsoll.grammar.ast.ImageFact;
import dev.plimsoll.grammar.ast.StopSignalFact;
import dev.plimsoll.grammar.ast.UserFact;
import dev.plimsoll.grammar.ast.WorkdirFact;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** An image has one user, one workdir, one stop signal…: two such facts can never both hold, or one is pointless. */
final class RepeatedFactRule implements Rule {
    private static final Map<Class<? extends ImageFact>, String> SINGLE = Map.of(
            UserFact.class, "user",
            WorkdirFact.class, "workdir",
            StopSignalFact.class, "stop signal",
            EntrypointFact.class, "entrypoint",
            CmdFact.class, "cmd",
            HealthcheckFact.class, "healthcheck");

    @Override
    public void check(Contract contract, NodeIndex nodes, Consumer<Diagnostic> report) {
        contract.imageFacts().ifPresent(facts -> {
            List<ImageFact> single = facts.facts().stream()
                    .filter(fact -> SINGLE.containsKey(fact.getClass()))
                    .toList();
            Firsts.reportRepeats(single, fact -> SINGLE.get(fact.getClass()), "image fact", report);
        });
    }
}
