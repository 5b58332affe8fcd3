package dev.plimsoll.grammar.ast;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code scenario "name" [for A in "x", "y" [and B in "1", "2"]] { steps }}. */
public record Scenario(Text name, List<MatrixAxis> matrix, List<Step> steps, Span span) implements Node {
    public Scenario {
        matrix = List.copyOf(matrix);
        steps = List.copyOf(steps);
    }

    /**
     * Every combination of the matrix values, first axis slowest; a single instance without bindings when
     * there is no matrix. Matrix values are taken as written: interpolation inside them is not resolved.
     */
    public List<ScenarioInstance> expand() {
        List<Map<String, String>> combinations = List.of(new LinkedHashMap<>());
        for (MatrixAxis axis : matrix) {
            combinations = extend(combinations, axis);
        }
        return combinations.stream().map(this::instance).toList();
    }

    private static List<Map<String, String>> extend(List<Map<String, String>> combinations, MatrixAxis axis) {
        List<Map<String, String>> extended = new ArrayList<>();
        for (Map<String, String> bindings : combinations) {
            for (Text value : axis.values()) {
                Map<String, String> next = new LinkedHashMap<>(bindings);
                next.put(axis.variable(), value.literalValue());
                extended.add(next);
            }
        }
        return extended;
    }

    /**
     * Each case is named by its values: a matrix variable in the name is replaced ({@code greets in ${LANG}} gives
     * {@code greets in de}); the values the name does not show follow it in brackets ({@code [LANG=de]}).
     */
    private ScenarioInstance instance(Map<String, String> bindings) {
        if (bindings.isEmpty()) {
            return new ScenarioInstance(this, bindings, name.source());
        }
        List<TextPart> parts = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (TextPart part : name.parts()) {
            if (part instanceof VariableRef ref && bindings.containsKey(ref.name())) {
                parts.add(new Literal(bindings.get(ref.name())));
                shown.add(ref.name());
            } else {
                parts.add(part);
            }
        }
        String title = new Text(parts, name.span()).source();
        String suffix = bindings.entrySet().stream()
                .filter(e -> !shown.contains(e.getKey()))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", " [", "]"));
        return new ScenarioInstance(this, bindings, shown.size() == bindings.size() ? title : title + suffix);
    }
}
