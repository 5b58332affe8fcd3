package dev.plimsoll.grammar;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as contracts write them ({@code 500ms}, {@code 5s}, {@code 1.5m}, {@code 1h}, {@code 1h30m}): one reading and one
 * writing for the parser, the printer, configuration parameters and failure messages.
 */
public final class Durations {
    /** Milliseconds per unit. */
    public static final Map<String, Long> UNITS = Map.of("ms", 1L, "s", 1_000L, "m", 60_000L, "h", 3_600_000L);

    private static final Pattern PART = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(ms|s|m|h)");
    private static final Pattern DURATION = Pattern.compile("(?:" + PART.pattern() + ")+");
    private static final List<Map.Entry<String, Long>> LARGEST_FIRST =
            List.of(Map.entry("h", 3_600_000L), Map.entry("m", 60_000L), Map.entry("s", 1_000L));

    private Durations() {}

    /** The milliseconds of {@code text}, or empty when it is not a number with a unit or is not whole milliseconds. */
    public static OptionalLong parseMillis(String text) {
        String trimmed = text.trim();
        if (!DURATION.matcher(trimmed).matches()) {
            return OptionalLong.empty();
        }
        BigDecimal millis = BigDecimal.ZERO;
        Matcher m = PART.matcher(trimmed);
        while (m.find()) {
            millis = millis.add(
                    new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(UNITS.getOrDefault(m.group(2), 1L))));
        }
        try {
            return OptionalLong.of(millis.longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    /** In the largest unit that divides it: {@code 1500ms}, {@code 5s}, {@code 2m}, {@code 1h}. */
    public static String format(long millis) {
        for (Map.Entry<String, Long> unit : LARGEST_FIRST) {
            if (millis != 0 && millis % unit.getValue() == 0) {
                return millis / unit.getValue() + unit.getKey();
            }
        }
        return millis + "ms";
    }
}
