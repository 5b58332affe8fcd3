package dev.plimsoll.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code init} waits for, given the first log line one trial run printed. The next run prints the
 * same line with another timestamp, pid or duration, so the line itself is not the condition:
 *
 * <ol>
 *   <li>A word (between whitespace) is stable when it has no digit: timestamps, pids, ports, durations,
 *       counters, addresses and ids nearly always do. The longest run of consecutive stable words (the
 *       first of equals), cut to {@link #MAX_TEXT} characters at a word's end, becomes
 *       {@code "text"}, a substring the line contains, when it has at least {@link #MIN_LETTERS} letters.
 *   <li>Otherwise the whole line becomes a regex: each run of digits matches {@code \d+}, the rest
 *       literally.
 * </ol>
 */
final class FirstLinePattern {

    static final int MAX_TEXT = 60;
    static final int MIN_LETTERS = 4;

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern TOKEN = Pattern.compile("\\d+|.", Pattern.DOTALL);
    private static final String REGEX_SPECIALS = "\\.[]{}()*+?^$|/";

    private FirstLinePattern() {}

    /** The condition after {@code wait for log}: a quoted substring or a {@code /regex/}. */
    static String of(String line) {
        String stable = longestStableRun(line);
        if (stable.chars().filter(Character::isLetter).count() >= MIN_LETTERS) return StarterContract.quote(stable);
        return "/" + regex(line.strip()) + "/";
    }

    private static String longestStableRun(String line) {
        List<int[]> runs = new ArrayList<>(); // {start, end} in the line, each a run of stable words
        int[] current = null;
        Matcher word = WORD.matcher(line);
        while (word.find()) {
            boolean stable = word.group().chars().noneMatch(Character::isDigit);
            if (!stable) {
                current = null;
                continue;
            }
            boolean fits = current == null || word.end() - current[0] <= MAX_TEXT;
            if (current == null || !fits) {
                current = new int[] {word.start(), word.end()};
                runs.add(current);
            } else {
                current[1] = word.end();
            }
        }
        int[] best = runs.stream()
                .reduce((a, b) -> b[1] - b[0] > a[1] - a[0] ? b : a)
                .orElse(new int[] {0, 0});
        return line.substring(best[0], best[1]);
    }

    /** Digits match any number; everything else, and the contract's own delimiter '/', is literal. */
    private static String regex(String line) {
        StringBuilder regex = new StringBuilder();
        Matcher token = TOKEN.matcher(line);
        while (token.find()) regex.append(literal(token.group()));
        return regex.toString();
    }

    private static String literal(String token) {
        if (token.matches("\\d+")) return "\\d+";
        return REGEX_SPECIALS.contains(token) ? "\\" + token : token;
    }
}
