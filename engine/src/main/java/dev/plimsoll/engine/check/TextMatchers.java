package dev.plimsoll.engine.check;

import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.Contains;
import dev.plimsoll.grammar.ast.Equals;
import dev.plimsoll.grammar.ast.Matches;
import dev.plimsoll.grammar.ast.TextMatch;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Comparisons of one string: log lines, env values, labels, headers, bodies, file contents. */
public final class TextMatchers {

    private TextMatchers() {}

    /** For log lines in `wait for log`: Contains -> line contains, Equals -> line equals, Matches -> regex find(), Empty -> line empty. */
    public static Predicate<String> linePredicate(TextMatch match, Variables vars) {
        if (match instanceof Contains contains) {
            String text = contains.text().resolve(vars);
            return line -> line.contains(text);
        }
        if (match instanceof Equals equals) {
            String text = equals.text().resolve(vars);
            return line -> line.equals(text);
        }
        if (match instanceof Matches matches) {
            Pattern pattern = Pattern.compile(matches.regex().pattern());
            return line -> pattern.matcher(line).find();
        }
        return String::isEmpty;
    }

    /** Human form: 'ready', /list.*ing/, contains 'x', empty. */
    public static String describe(TextMatch match, Variables vars) {
        if (match instanceof Contains contains) {
            return "contains " + Show.quote(contains.text().resolve(vars));
        }
        if (match instanceof Equals equals) {
            return Show.quote(equals.text().resolve(vars));
        }
        if (match instanceof Matches matches) {
            return regex(matches);
        }
        return "empty";
    }

    /** What "a line ..." must be: containing 'x', equal to 'x', matching /re/, that is empty. */
    public static String phrase(TextMatch match, Variables vars) {
        if (match instanceof Contains contains) {
            return "containing " + Show.quote(contains.text().resolve(vars));
        }
        if (match instanceof Equals equals) {
            return "equal to " + Show.quote(equals.text().resolve(vars));
        }
        if (match instanceof Matches matches) {
            return "matching " + regex(matches);
        }
        return "that is empty";
    }

    /** Compares a whole value, e.g. {@code body: expected to contain 'visits=2', got 'visits=1\n'}. */
    static List<String> mismatches(String what, TextMatch match, String actual, Variables vars) {
        if (linePredicate(match, vars).test(actual)) {
            return List.of();
        }
        return List.of(what + ": expected " + expectation(match, vars) + ", got " + Show.quote(actual));
    }

    private static String expectation(TextMatch match, Variables vars) {
        if (match instanceof Contains contains) {
            return "to contain " + Show.quote(contains.text().resolve(vars));
        }
        if (match instanceof Matches matches) {
            return "to match " + regex(matches);
        }
        return describe(match, vars);
    }

    private static String regex(Matches matches) {
        return "/" + matches.regex().pattern() + "/";
    }
}
