package dev.plimsoll.grammar.ast;

import dev.plimsoll.grammar.Variables;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A double-quoted string: literal pieces and {@code ${NAME}} / {@code ${NAME:-default}} references. */
public record Text(List<TextPart> parts, Span span) implements Node {
    public Text {
        parts = List.copyOf(parts);
    }

    /** A text without interpolation, e.g. for nodes built in code. */
    public static Text of(String value, Span span) {
        return new Text(value.isEmpty() ? List.of() : List.of(new Literal(value)), span);
    }

    /**
     * The text with every reference replaced. Like a shell, {@code ${NAME:-default}} uses the default when
     * NAME is unset or empty, and an unset NAME without default becomes empty: check
     * {@code Contracts.undefinedVariables} first.
     */
    public String resolve(Variables variables) {
        StringBuilder out = new StringBuilder();
        for (TextPart part : parts) {
            out.append(resolve(part, variables));
        }
        return out.toString();
    }

    private static String resolve(TextPart part, Variables variables) {
        if (part instanceof Literal literal) {
            return literal.value();
        }
        VariableRef ref = (VariableRef) part;
        String value = variables.lookup(ref.name()).orElse("");
        return value.isEmpty() ? ref.fallback().orElse(value) : value;
    }

    /** Names referenced without a default, in order of first use. */
    public Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        for (TextPart part : parts) {
            if (part instanceof VariableRef ref && ref.fallback().isEmpty()) {
                names.add(ref.name());
            }
        }
        return names;
    }

    /**
     * Where {@code ${name}} is written: exact when the string sits on one line as {@link #source()} shows it,
     * else the whole string, so a diagnostic still points at the right place.
     */
    public Span spanOf(String name) {
        String written = source();
        int at = written.indexOf("${" + name);
        boolean exact = span.line() == span.endLine() && span.endColumn() - span.column() == written.length() + 2;
        if (at < 0 || !exact) {
            return span;
        }
        int end = written.indexOf('}', at);
        return Span.of(span.line(), span.column() + 1 + at, (end < 0 ? written.length() : end + 1) - at);
    }

    /** True when the text has no references at all. */
    public boolean isLiteral() {
        return parts.stream().allMatch(Literal.class::isInstance);
    }

    /** The decoded value with references kept as written, e.g. {@code hello ${NAME}}. */
    public String literalValue() {
        StringBuilder out = new StringBuilder();
        for (TextPart part : parts) {
            out.append(part instanceof Literal literal ? literal.value() : reference((VariableRef) part));
        }
        return out.toString();
    }

    /** The text as written between the quotes, escapes included: {@code say \"hi\" to ${NAME}}. */
    public String source() {
        StringBuilder out = new StringBuilder();
        for (TextPart part : parts) {
            out.append(part instanceof Literal literal ? escape(literal.value()) : reference((VariableRef) part));
        }
        return out.toString();
    }

    private static String reference(VariableRef ref) {
        return ref.fallback()
                .map(fallback -> "${" + ref.name() + ":-" + escape(fallback).replace("}", "") + "}")
                .orElse("${" + ref.name() + "}");
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '$' -> out.append(i + 1 < value.length() && value.charAt(i + 1) == '{' ? "\\$" : "$");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
