package dev.plimsoll.engine;

import static dev.plimsoll.engine.Constants.*;

import dev.plimsoll.grammar.Durations;
import dev.plimsoll.grammar.Variables;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.platform.engine.ConfigurationParameters;

/** The engine's configuration parameters, read once and typed. Bad values are reported, never ignored. */
public final class EngineConfiguration {

    private final ConfigurationParameters parameters;

    public EngineConfiguration(ConfigurationParameters parameters) {
        this.parameters = parameters;
    }

    public Deadlines deadlines() {
        double scale = timeoutScale();
        return new Deadlines(
                duration(WAIT_TIMEOUT_PROPERTY_NAME, Duration.ofSeconds(60)),
                duration(EXIT_TIMEOUT_PROPERTY_NAME, Duration.ofSeconds(10)),
                duration(HTTP_TIMEOUT_PROPERTY_NAME, Duration.ofSeconds(10)),
                duration(COMMAND_TIMEOUT_PROPERTY_NAME, Duration.ofSeconds(30)),
                duration(EXPECT_TIMEOUT_PROPERTY_NAME, Duration.ZERO),
                scale);
    }

    public int logTail() {
        int lines =
                get(LOG_TAIL_PROPERTY_NAME, Integer::parseInt, "a whole number").orElse(30);
        if (lines < 0) {
            throw new InvalidConfigurationException(LOG_TAIL_PROPERTY_NAME, String.valueOf(lines), "0 or more");
        }
        return lines;
    }

    public boolean parallel() {
        return get(PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME, EngineConfiguration::strictBoolean, "true or false")
                .orElse(false);
    }

    /** See {@link Constants#PREPARE_AHEAD_PROPERTY_NAME}. */
    public boolean prepareAhead() {
        return get(PREPARE_AHEAD_PROPERTY_NAME, EngineConfiguration::strictBoolean, "true or false")
                .orElse(true);
    }

    public Optional<String> dockerHost() {
        return parameters.get(DOCKER_HOST_PROPERTY_NAME).filter(host -> !host.isBlank());
    }

    /** {@code plimsoll.host.override}, when given and not blank. */
    public Optional<String> hostOverride() {
        return parameters.get(HOST_OVERRIDE_PROPERTY_NAME).map(String::trim).filter(host -> !host.isEmpty());
    }

    /** Variables given as {@code plimsoll.var.NAME=VALUE}. */
    public Map<String, String> variables() {
        Map<String, String> variables = new TreeMap<>();
        for (String key : parameters.keySet()) {
            if (key.startsWith(VARIABLE_PROPERTY_PREFIX)) {
                parameters
                        .get(key)
                        .ifPresent(value -> variables.put(key.substring(VARIABLE_PROPERTY_PREFIX.length()), value));
            }
        }
        return variables;
    }

    /** Names the user marked secret with {@code plimsoll.secret.names}, besides those that look like credentials. */
    public Set<String> secretNames() {
        return parameters.get(SECRET_NAMES_PROPERTY_NAME).stream()
                .flatMap(names -> Arrays.stream(names.split(",")))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** What {@code ${NAME}} reads: the process environment, with {@code plimsoll.var.NAME} winning over it. */
    public Variables contractVariables() {
        return Variables.of(System.getenv()).with(variables());
    }

    public ConfigurationParameters raw() {
        return parameters;
    }

    private double timeoutScale() {
        return get(TIMEOUT_SCALE_PROPERTY_NAME, EngineConfiguration::positive, "a positive number")
                .orElse(1.0);
    }

    private static double positive(String text) {
        double value = Double.parseDouble(text);
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(text);
        }
        return value;
    }

    private Duration duration(String key, Duration fallback) {
        return get(key, EngineConfiguration::parseDuration, "a duration like 500ms, 30s or 2m")
                .orElse(fallback);
    }

    private <T> Optional<T> get(String key, Function<String, T> parse, String expected) {
        Optional<String> raw = parameters.get(key).map(String::trim);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(raw.get()));
        } catch (RuntimeException e) {
            throw new InvalidConfigurationException(key, raw.get(), expected);
        }
    }

    static Duration parseDuration(String text) {
        return Duration.ofMillis(Durations.parseMillis(text).orElseThrow(() -> new IllegalArgumentException(text)));
    }

    private static boolean strictBoolean(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new IllegalArgumentException(text);
    }
}
