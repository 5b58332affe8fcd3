package dev.plimsoll.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Values that must never be shown: credentials given to containers as {@code env}, as variables or in request
 * headers. Like a CI system's registered secrets, each is replaced by {@value #MASK} in every text that leaves the
 * engine (failure messages, skip reasons, report entries such as log tails) and in the runner's output.
 *
 * <p>A name looks like a credential when it contains {@code PASSWORD}, {@code TOKEN}, {@code SECRET}, {@code KEY}
 * or {@code AUTHORIZATION}, ignoring case; the user marks more names with {@link Constants#SECRET_NAMES_PROPERTY_NAME}.
 */
public final class Secrets {

    public static final String MASK = "***";

    private static final List<String> CREDENTIAL_WORDS = List.of("PASSWORD", "TOKEN", "SECRET", "KEY", "AUTHORIZATION");

    /** For sinks nothing can be handed to (log output): every value any run in this process found. */
    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();

    private static final Secrets NONE = new Secrets(List.of());

    /** Longest first, so that a secret containing another is masked whole. */
    private final List<String> values;

    private Secrets(List<String> values) {
        this.values = values;
    }

    public static Secrets none() {
        return NONE;
    }

    /** Blank values are never secrets: masking them would hide nothing and mangle everything. */
    public static Secrets of(Collection<String> values) {
        return new Secrets(values.stream()
                .filter(value -> !value.isBlank())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList());
    }

    /** Whether the value of {@code name} (a variable, an env setting, a header) is a secret. */
    public static boolean isSecretName(String name, Set<String> marked) {
        String upper = name.toUpperCase(Locale.ROOT);
        return CREDENTIAL_WORDS.stream().anyMatch(upper::contains)
                || marked.stream().anyMatch(name::equalsIgnoreCase);
    }

    /** Every value this process has registered so far, see {@link #register()}. */
    public static Secrets registered() {
        return of(List.copyOf(REGISTERED));
    }

    /** Makes these values known to {@link #registered()}, for output that is written far from any run. */
    public void register() {
        REGISTERED.addAll(values);
    }

    public Secrets and(Secrets other) {
        return of(Stream.concat(values.stream(), other.values.stream()).collect(Collectors.toList()));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public int size() {
        return values.size();
    }

    /** The text with every secret replaced by {@value #MASK}. */
    public String mask(String text) {
        String masked = text;
        for (String value : values) {
            masked = masked.replace(value, MASK);
        }
        return masked;
    }

    /** Whether {@link #mask} would change the text. */
    public boolean appearIn(String text) {
        return values.stream().anyMatch(text::contains);
    }
}
