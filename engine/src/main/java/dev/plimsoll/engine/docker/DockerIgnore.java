package dev.plimsoll.engine.docker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code .dockerignore} rules as Docker applies them: patterns are cleaned paths relative to the context
 * (a leading {@code /} is dropped), {@code *} and {@code ?} stay within one path segment, {@code **} spans any
 * number of segments, {@code !} re-includes, the last matching pattern wins, and a pattern that matches a
 * parent directory matches everything below it.
 */
final class DockerIgnore {

    private record Rule(Pattern regex, boolean exclusion) {}

    private final List<Rule> rules;
    private final boolean hasExclusions;

    private DockerIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.hasExclusions = rules.stream().anyMatch(Rule::exclusion);
    }

    static DockerIgnore read(Path context) throws IOException {
        Path file = context.resolve(".dockerignore");
        if (!Files.isRegularFile(file)) {
            return parse(List.of());
        }
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static DockerIgnore parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (String line : lines) {
            String pattern = line.strip();
            if (pattern.isEmpty() || pattern.startsWith("#")) {
                continue;
            }
            boolean exclusion = pattern.startsWith("!");
            if (exclusion) {
                pattern = pattern.substring(1).strip();
            }
            pattern = clean(pattern);
            if (pattern.isEmpty()) {
                continue;
            }
            rules.add(new Rule(Pattern.compile(toRegex(pattern)), exclusion));
        }
        return new DockerIgnore(rules);
    }

    /** Whether {@code path} (relative to the context, {@code /}-separated) is left out of the context. */
    boolean ignores(String path) {
        String file = clean(path);
        List<String> parents = parentPaths(file);
        boolean matched = false;
        for (Rule rule : rules) {
            // Only a rule that could change the verdict is worth evaluating.
            if (rule.exclusion() != matched) {
                continue;
            }
            if (matches(rule, file, parents)) {
                matched = !rule.exclusion();
            }
        }
        return matched;
    }

    /** True when no {@code !} rule exists, so an ignored directory can be skipped whole. */
    boolean canSkipIgnoredDirectories() {
        return !hasExclusions;
    }

    private static boolean matches(Rule rule, String file, List<String> parents) {
        if (rule.regex().matcher(file).matches()) {
            return true;
        }
        return parents.stream().anyMatch(parent -> rule.regex().matcher(parent).matches());
    }

    /** {@code a/b/c} has the parents {@code a} and {@code a/b}. */
    private static List<String> parentPaths(String file) {
        List<String> parents = new ArrayList<>();
        int slash = file.indexOf('/');
        while (slash > 0) {
            parents.add(file.substring(0, slash));
            slash = file.indexOf('/', slash + 1);
        }
        return parents;
    }

    /** Like Go's filepath.Clean on a relative path, minus a leading slash. */
    static String clean(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")
                    && !parts.isEmpty()
                    && !parts.get(parts.size() - 1).equals("..")) {
                parts.remove(parts.size() - 1);
                continue;
            }
            parts.add(part);
        }
        return String.join("/", parts);
    }

    static String toRegex(String pattern) {
        StringBuilder regex = new StringBuilder("^");
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                i++;
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '/') {
                    i++;
                }
                regex.append(i + 1 == pattern.length() ? ".*" : "(.*/)?");
            } else if (ch == '*') {
                regex.append("[^/]*");
            } else if (ch == '?') {
                regex.append("[^/]");
            } else if (ch == '[') {
                int close = pattern.indexOf(']', i + 1);
                if (close < 0) {
                    regex.append("\\[");
                    continue;
                }
                String set = pattern.substring(i + 1, close);
                regex.append('[').append(set.startsWith("^") || set.startsWith("!") ? "^" + set.substring(1) : set);
                regex.append(']');
                i = close;
            } else if (ch == '\\' && i + 1 < pattern.length()) {
                i++;
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(i))));
            } else {
                regex.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return regex.append('$').toString();
    }
}
