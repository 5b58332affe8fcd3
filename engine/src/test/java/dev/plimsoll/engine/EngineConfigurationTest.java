package dev.plimsoll.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineConfigurationTest {

    @Test
    void defaultsWhenNothingIsSet() {
        EngineConfiguration configuration = configuration(Map.of());

        assertThat(configuration.deadlines())
                .isEqualTo(new Deadlines(
                        Duration.ofSeconds(60),
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(30),
                        Duration.ZERO,
                        1.0));
        assertThat(configuration.logTail()).isEqualTo(30);
        assertThat(configuration.parallel()).isFalse();
        assertThat(configuration.dockerHost()).isEmpty();
        assertThat(configuration.variables()).isEmpty();
    }

    @Test
    void readsDeadlinesScaleVariablesAndHost() {
        EngineConfiguration configuration = configuration(Map.of(
                "plimsoll.timeout.wait", "2m",
                "plimsoll.timeout.expect", "500ms",
                "plimsoll.timeout.scale", "2.5",
                "plimsoll.var.IMAGE", "acme/app:1",
                "plimsoll.docker.host", "tcp://127.0.0.1:2375",
                "plimsoll.execution.parallel.enabled", "true"));

        Deadlines deadlines = configuration.deadlines();
        assertThat(deadlines.waitScaled()).isEqualTo(Duration.ofMinutes(5));
        assertThat(deadlines.expectScaled()).isEqualTo(Duration.ofMillis(1250));
        assertThat(configuration.variables()).containsExactly(Map.entry("IMAGE", "acme/app:1"));
        assertThat(configuration.dockerHost()).contains("tcp://127.0.0.1:2375");
        assertThat(configuration.parallel()).isTrue();
    }

    @Test
    void badValuesNameTheKeyTheValueAndWhatFits() {
        assertThatThrownBy(() ->
                        configuration(Map.of("plimsoll.timeout.exit", "10")).deadlines())
                .hasMessage("configuration parameter plimsoll.timeout.exit is '10', expected a duration like 500ms,"
                        + " 30s or 2m");
        assertThatThrownBy(() ->
                        configuration(Map.of("plimsoll.timeout.scale", "0")).deadlines())
                .hasMessage("configuration parameter plimsoll.timeout.scale is '0', expected a positive number");
        assertThatThrownBy(
                        () -> configuration(Map.of("plimsoll.log.tail", "-1")).logTail())
                .hasMessage("configuration parameter plimsoll.log.tail is '-1', expected 0 or more");
        assertThatThrownBy(() -> configuration(Map.of("plimsoll.execution.parallel.enabled", "yes"))
                        .parallel())
                .hasMessage("configuration parameter plimsoll.execution.parallel.enabled is 'yes', expected true or"
                        + " false");
        assertThatThrownBy(() -> configuration(Map.of("plimsoll.execution.prepare-ahead", "no"))
                        .prepareAhead())
                .hasMessage("configuration parameter plimsoll.execution.prepare-ahead is 'no', expected true or"
                        + " false");
        assertThat(configuration(Map.of()).prepareAhead()).isTrue();
    }

    private static EngineConfiguration configuration(Map<String, String> values) {
        return MapParameters.configuration(values);
    }
}
