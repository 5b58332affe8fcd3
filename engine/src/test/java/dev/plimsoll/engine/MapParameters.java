package dev.plimsoll.engine;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.platform.engine.ConfigurationParameters;

/** Configuration parameters from a map, as a test gives them to {@link EngineConfiguration}. */
public record MapParameters(Map<String, String> values) implements ConfigurationParameters {

    /** The engine's configuration from {@code values}. */
    public static EngineConfiguration configuration(Map<String, String> values) {
        return new EngineConfiguration(new MapParameters(values));
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public Optional<Boolean> getBoolean(String key) {
        return get(key).map(Boolean::parseBoolean);
    }

    @Override
    public <T> Optional<T> get(String key, Function<String, T> transformer) {
        return get(key).map(transformer);
    }

    @Override
    @SuppressWarnings("deprecation")
    public int size() {
        return values.size();
    }

    @Override
    public Set<String> keySet() {
        return values.keySet();
    }
}
