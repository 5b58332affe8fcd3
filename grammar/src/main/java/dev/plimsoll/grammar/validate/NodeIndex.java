package dev.plimsoll.grammar.validate;

import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.Node;
import dev.plimsoll.grammar.ast.Nodes;
import java.util.List;

/** Every node of a contract in source order, walked once and shared by all rules. */
final class NodeIndex {
    private final List<Node> nodes;

    NodeIndex(Contract contract) {
        this.nodes = Nodes.all(contract, Node.class);
    }

    <T> List<T> all(Class<T> kind) {
        return nodes.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
