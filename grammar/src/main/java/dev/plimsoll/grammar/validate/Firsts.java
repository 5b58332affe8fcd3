package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Node;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reports every node whose key was already used by an earlier node. */
final class Firsts {
    private Firsts() {}

    static <T extends Node> void reportRepeats(
            List<T> nodes, Function<T, String> key, String what, Consumer<Diagnostic> report) {
        Map<String, T> firsts = new HashMap<>();
        for (T node : nodes) {
            T first = firsts.putIfAbsent(key.apply(node), node);
            if (first != null) {
                String where = first.span().line() == node.span().line()
                        ? "first at column " + first.span().column()
                        : "first on line " + first.span().line();
                report.accept(Diagnostic.error(
                        "duplicate " + what + " '" + key.apply(node) + "' (" + where + ")", Lines.head(node.span())));
            }
        }
    }
}
