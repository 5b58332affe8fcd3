package dev.plimsoll.grammar.compose;

import dev.plimsoll.grammar.ast.Span;
import dev.plimsoll.grammar.diag.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
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

/**
 * Reads one Compose file into {@link Yaml} with positions, interpolating every scalar value (not keys) as
 * Compose does before merging; {@code <<} merge keys are applied, repeated keys are errors.
 */
final class YamlReader {
    private final Path file;
    private final Path baseDirectory;
    private final Function<String, Optional<String>> variables;
    private final Consumer<ComposeDiagnostic> report;
    private final Map<Node, Yaml> converted = new HashMap<>();

    YamlReader(
            Path file,
            Path baseDirectory,
            Function<String, Optional<String>> variables,
            Consumer<ComposeDiagnostic> report) {
        this.file = file;
        this.baseDirectory = baseDirectory;
        this.variables = variables;
        this.report = report;
    }

    /** The file's top-level value, or empty (with an error reported) when it is not readable YAML. */
    Optional<Yaml> read(String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setMaxAliasesForCollections(100)
                .build();
        try {
            return new Compose(settings).composeString(text).map(this::convert);
        } catch (MarkedYamlEngineException e) {
            Span span =
                    e.getProblemMark().or(e::getContextMark).map(m -> at(m, 1)).orElse(Span.of(1, 1, 1));
            String problem = e.getProblem() == null ? "unreadable" : e.getProblem();
            String context = e.getContext() == null
                    ? ""
                    : " (" + e.getContext()
                            + e.getContextMark()
                                    .map(m -> " from line " + (m.getLine() + 1))
                                    .orElse("") + ")";
            report(Diagnostic.error("malformed YAML: " + problem.toLowerCase(Locale.ROOT) + context, span));
        } catch (YamlEngineException e) {
            report(Diagnostic.error("malformed YAML: " + e.getMessage(), Span.of(1, 1, 1)));
        }
        return Optional.empty();
    }

    private Yaml convert(Node node) {
        Yaml done = converted.get(node); // an alias reuses its anchor's node
        if (done != null) {
            return done;
        }
        Yaml yaml;
        if (node instanceof ScalarNode scalar) {
            yaml = scalar(scalar);
        } else if (node instanceof SequenceNode sequence) {
            List<Yaml> items = new ArrayList<>();
            sequence.getValue().forEach(item -> items.add(convert(item)));
            yaml = new Yaml.Sequence(items, origin(node), tag(node));
        } else {
            yaml = mapping((MappingNode) node);
        }
        converted.put(node, yaml);
        return yaml;
    }

    private Yaml.Mapping mapping(MappingNode node) {
        List<Yaml.Entry> entries = new ArrayList<>();
        List<Yaml.Entry> merged = new ArrayList<>();
        for (NodeTuple tuple : node.getValue()) {
            Yaml.Scalar key = key(tuple.getKeyNode());
            Yaml value = convert(tuple.getValueNode());
            if (key.text().equals("<<")) {
                mergeKey(value).forEach(merged::add);
                continue;
            }
            Optional<Yaml.Entry> earlier =
                    entries.stream().filter(e -> e.name().equals(key.text())).findFirst();
            if (earlier.isPresent()) {
                int line = earlier.get().key().origin().span().line();
                report(Diagnostic.error(
                        "key '" + key.text() + "' appears twice in one mapping (first on line " + line + ")",
                        key.origin().span()));
                continue;
            }
            entries.add(new Yaml.Entry(key, value));
        }
        Yaml.Mapping mapping = new Yaml.Mapping(entries, origin(node), tag(node));
        for (Yaml.Entry entry : merged) {
            if (mapping.entry(entry.name()).isEmpty()) {
                mapping = mapping.with(entry);
            }
        }
        return mapping;
    }

    /** {@code <<: *base} or {@code <<: [*a, *b]}: entries the mapping does not set itself. */
    private List<Yaml.Entry> mergeKey(Yaml value) {
        List<Yaml.Entry> entries = new ArrayList<>();
        List<Yaml> sources = value instanceof Yaml.Sequence s ? s.items() : List.of(value);
        for (Yaml source : sources) {
            if (source instanceof Yaml.Mapping m) {
                m.entries().stream()
                        .filter(e -> entries.stream().noneMatch(x -> x.name().equals(e.name())))
                        .forEach(entries::add);
            } else {
                report(Diagnostic.error(
                        "'<<' merges mappings only", source.origin().span()));
            }
        }
        return entries;
    }

    private Yaml.Scalar key(Node node) {
        if (node instanceof ScalarNode scalar) {
            return new Yaml.Scalar(scalar.getValue(), origin(node), Yaml.MergeTag.MERGE);
        }
        report(Diagnostic.error("a key must be a plain value", origin(node).span()));
        return new Yaml.Scalar("", origin(node), Yaml.MergeTag.MERGE);
    }

    private Yaml.Scalar scalar(ScalarNode node) {
        Origin origin = origin(node);
        if (node.getTag().equals(Tag.NULL)) {
            return new Yaml.Scalar(null, origin, tag(node));
        }
        Interpolation.Outcome outcome = Interpolation.interpolate(node.getValue(), variables);
        if (outcome instanceof Interpolation.Failed failed) {
            report(Diagnostic.error(failed.message(), within(node, failed.offset(), failed.length())));
            return new Yaml.Scalar("", origin, tag(node));
        }
        Interpolation.Resolved resolved = (Interpolation.Resolved) outcome;
        for (String name : resolved.unset()) {
            String written = node.getValue();
            int braced = written.indexOf("${" + name);
            int offset = braced >= 0 ? braced : written.indexOf("$" + name);
            report(Diagnostic.warning(
                    "'" + name + "' is not set: it is replaced by an empty string",
                    within(node, offset, name.length() + (braced >= 0 ? 3 : 1))));
        }
        return new Yaml.Scalar(resolved.value(), origin, tag(node));
    }

    /** The part of a one-line scalar at {@code offset}; the whole scalar's start when it spans lines. */
    private Span within(ScalarNode node, int offset, int length) {
        Span whole = origin(node).span();
        boolean plain = node.getScalarStyle() == ScalarStyle.PLAIN;
        boolean quoted = node.getScalarStyle() == ScalarStyle.SINGLE_QUOTED
                || node.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED;
        if (whole.endLine() != whole.line() || !(plain || quoted) || offset < 0) {
            return whole;
        }
        int column = whole.column() + (quoted ? 1 : 0) + offset;
        return Span.of(whole.line(), column, length);
    }

    private static Yaml.MergeTag tag(Node node) {
        String tag = node.getTag().getValue();
        if (tag.equals("!reset")) {
            return Yaml.MergeTag.RESET;
        }
        return tag.equals("!override") ? Yaml.MergeTag.OVERRIDE : Yaml.MergeTag.MERGE;
    }

    private Origin origin(Node node) {
        Span start = node.getStartMark().map(m -> at(m, 1)).orElse(Span.of(1, 1, 1));
        Span span = node.getEndMark()
                .filter(end -> end.getLine() == start.line() - 1 && end.getColumn() > start.column() - 1)
                .map(end -> Span.of(start.line(), start.column(), end.getColumn() + 1 - start.column()))
                .orElse(start);
        return new Origin(file, baseDirectory, span);
    }

    private static Span at(Mark mark, int length) {
        return Span.of(mark.getLine() + 1, mark.getColumn() + 1, length);
    }

    private void report(Diagnostic diagnostic) {
        report.accept(new ComposeDiagnostic(file, diagnostic));
    }
}
