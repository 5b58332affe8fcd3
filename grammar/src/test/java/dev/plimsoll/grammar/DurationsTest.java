package dev.plimsoll.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"500ms, 500", "5s, 5000", "1.5s, 1500", "2m, 120000", "1h, 3600000", "' 30s ', 30000"})
    void readsDurationsAsContractsWriteThem(String text, long millis) {
        assertThat(Durations.parseMillis(text)).hasValue(millis);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "5 s", "5sec", "-1s", "0.5ms", ""})
    void refusesWhatIsNotANumberWithAUnit(String text) {
        assertThat(Durations.parseMillis(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1500, 1500ms", "5000, 5s", "120000, 2m", "3600000, 1h", "90000, 90s", "0, 0ms"})
    void writesTheLargestUnitThatDividesIt(long millis, String text) {
        assertThat(Durations.format(millis)).isEqualTo(text);
    }
}
