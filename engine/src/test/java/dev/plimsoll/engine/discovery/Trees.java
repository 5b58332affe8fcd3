package dev.plimsoll.engine.discovery;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.FilePosition;

/** Discovered trees as text, so a test reads the expected shape at a glance. */
final class Trees {
    private Trees() {}

    /** Every node below the contracts, indented by depth, as {@code type:value display name}. */
    static List<String> tree(TestDescriptor engine) {
        List<String> lines = new ArrayList<>();
        engine.getChildren().forEach(contract -> contract.getChildren().forEach(node -> render(node, "", lines)));
        return lines;
    }

    static void render(TestDescriptor node, String indent, List<String> lines) {
        UniqueId.Segment segment = node.getUniqueId().getLastSegment();
        lines.add(indent + segment.getType() + ":" + segment.getValue() + " " + node.getDisplayName());
        node.getChildren().forEach(child -> render(child, indent + "  ", lines));
    }

    static List<TestDescriptor> contractNodes(TestDescriptor engine) {
        return engine.getDescendants().stream()
                .filter(node ->
                        node.getParent().filter(parent -> parent != engine).isPresent())
                .map(TestDescriptor.class::cast)
                .toList();
    }

    /** The line a node is written at: the last line-number segment of its unique id (a matrix case has none). */
    static FilePosition lineOf(TestDescriptor node) {
        List<UniqueId.Segment> segments = node.getUniqueId().getSegments();
        for (int index = segments.size() - 1; index >= 0; index--) {
            String value = segments.get(index).getValue();
            if (value.matches("\\d+(:\\d+)?")) {
                return FilePosition.from(Integer.parseInt(value.split(":")[0]));
            }
        }
        throw new AssertionError("no line in " + node.getUniqueId());
    }
}
