package dev.plimsoll.runner.importer;

import java.util.List;
import java.util.Optional;

/**
 * goss's patterns for text read line by line: {@code "foo"} some line contains foo, {@code "/re/"} some line
 * matches, a leading {@code !} negates, {@code \!} is a literal {@code !}. A plain string instead of a list is
 * compared for equality.
 */
record GossPattern(boolean negated, boolean regex, String text) {

    static GossPattern parse(String pattern) {
        boolean negated = pattern.startsWith("!");
        String body = negated ? pattern.substring(1) : pattern.startsWith("\\!") ? pattern.substring(1) : pattern;
        if (body.length() >= 2 && body.startsWith("/") && body.endsWith("/")) {
            return new GossPattern(negated, true, ContractText.javaRegex(body.substring(1, body.length() - 1)));
        }
        return new GossPattern(negated, false, body);
    }

    Optional<String> problem() {
        return regex ? ContractText.problem(text) : Optional.empty();
    }

    /** For output and text checks that have {@code not}: {@code [not] contains "x"} or {@code [not] matches /re/m}. */
    String withNot() {
        return (negated ? "not " : "") + positive();
    }

    /** For checks without {@code not} (file contents, bodies): a negation becomes a regex that must find nothing. */
    String withoutNot() {
        if (!negated) {
            return positive();
        }
        String pattern = regex ? text : ContractText.literal(text);
        return "matches " + ContractText.regex(ContractText.nowhere(pattern), "m");
    }

    private String positive() {
        return regex ? "matches " + ContractText.regex(text, "m") : "contains " + ContractText.string(text);
    }

    /** A plain string compares the whole text; empty means empty. */
    static String equality(String text) {
        return text.isEmpty() ? "empty" : "= " + ContractText.string(text);
    }

    static List<GossPattern> all(List<String> patterns) {
        return patterns.stream().map(GossPattern::parse).toList();
    }
}
