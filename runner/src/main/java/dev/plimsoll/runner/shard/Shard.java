package dev.plimsoll.runner.shard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shard {@code index} of {@code count}: which of a run's contracts one CI job runs.
 *
 * <p>Every job must compute the same split from the same input, so the split depends only on the contracts'
 * paths (as shown, relative to the working directory) and, when given, on the durations of an earlier run —
 * never on the order the file system lists them in.
 */
public record Shard(int index, int count) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count);
        }
    }

    /** {@code K/N} with 1 ≤ K ≤ N, or empty when the text is not that. */
    public static Optional<Shard> parse(String text) {
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int index = Integer.parseInt(matcher.group(1));
        int count = Integer.parseInt(matcher.group(2));
        return count >= 1 && index >= 1 && index <= count ? Optional.of(new Shard(index, count)) : Optional.empty();
    }

    /**
     * The paths of this shard, in path order. Without timings the sorted paths are dealt round-robin; with
     * timings the longest contract goes first to the shard with the least work so far (a contract the timings
     * do not know counts as the median of those they do).
     */
    public List<String> select(List<String> paths, Timings timings) {
        List<String> sorted = paths.stream().distinct().sorted().toList();
        List<String> mine = new ArrayList<>();
        if (timings.isEmpty()) {
            for (int i = 0; i < sorted.size(); i++) {
                if (i % count == index - 1) {
                    mine.add(sorted.get(i));
                }
            }
            return mine;
        }
        Map<String, Double> seconds = timings.estimate(sorted);
        List<String> longestFirst = sorted.stream()
                .sorted(Comparator.comparing((String path) -> seconds.getOrDefault(path, 0.0))
                        .reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        double[] load = new double[count];
        for (String path : longestFirst) {
            int least = 0;
            for (int shard = 1; shard < count; shard++) {
                if (load[shard] < load[least]) {
                    least = shard;
                }
            }
            load[least] += seconds.getOrDefault(path, 0.0);
            if (least == index - 1) {
                mine.add(path);
            }
        }
        return mine.stream().sorted().toList();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
