package dev.plimsoll.runner.importer;

import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Reads a spec file into {@link YamlValue}s with positions; malformed YAML and repeated keys are located errors. */
final class YamlFile {
    private final String name;
    private final Consumer<Diagnostic> report;

    YamlFile(String name, Consumer<Diagnostic> report) {
        this.name = name;
        this.report = report;
    }

    /** The document's top-level value, or empty when there is none or it is unreadable (then with an error). */
    Optional<YamlValue> read(String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(name)
                .setMaxAliasesForCollections(100)
                .build();
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                report.accept(Diagnostic.error("the file is empty", Span.of(1, 1, 1)));
            }
            return root.map(this::convert);
        } catch (MarkedYamlEngineException e) {
            Span span =
                    e.getProblemMark().or(e::getContextMark).map(m -> at(m, 1)).orElse(Span.of(1, 1, 1));
            String problem = e.getProblem() == null ? "unreadable" : e.getProblem();
            report.accept(Diagnostic.error("malformed YAML: " + problem.toLowerCase(Locale.ROOT), span));
        } catch (YamlEngineException e) {
            report.accept(Diagnostic.error("malformed YAML: " + e.getMessage(), Span.of(1, 1, 1)));
        }
        return Optional.empty();
    }

    private YamlValue convert(Node node) {
        Span span = node.getStartMark().map(m -> at(m, 1)).orElse(Span.of(1, 1, 1));
        if (node instanceof ScalarNode scalar) {
            boolean isNull = scalar.getTag().equals(Tag.NULL);
            return new YamlValue.Scalar(
                    isNull ? null : scalar.getValue(), scalar.getScalarStyle() == ScalarStyle.PLAIN, span);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlValue> items = new ArrayList<>();
            sequence.getValue().forEach(item -> items.add(convert(item)));
            return new YamlValue.Sequence(items, span);
        }
        List<YamlValue.Entry> entries = new ArrayList<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            YamlValue key = convert(tuple.getKeyNode());
            if (!(key instanceof YamlValue.Scalar scalarKey)) {
                report.accept(Diagnostic.error("a key must be a plain value", key.span()));
                continue;
            }
            Optional<YamlValue.Entry> earlier = entries.stream()
                    .filter(e -> e.name().equals(scalarKey.text()))
                    .findFirst();
            if (earlier.isPresent()) {
                report.accept(Diagnostic.error(
                        "key '" + scalarKey.text() + "' appears twice in one mapping (first on line "
                                + earlier.get().key().line() + ")",
                        scalarKey.span()));
                continue;
            }
            entries.add(new YamlValue.Entry(scalarKey, convert(tuple.getValueNode())));
        }
        return new YamlValue.Mapping(entries, span);
    }

    private static Span at(Mark mark, int length) {
        return Span.of(mark.getLine() + 1, mark.getColumn() + 1, length);
    }
}
