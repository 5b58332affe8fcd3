package dev.plimsoll.engine.check;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** One HTTP response as the checks see it; header names are looked up ignoring case. */
public record HttpExchange(int status, Map<String, List<String>> headers, String body) {

    public HttpExchange {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), HttpExchange::concat));
        headers = Collections.unmodifiableMap(copy);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
