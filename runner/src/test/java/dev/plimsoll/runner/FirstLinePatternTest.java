package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirstLinePatternTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '\'',
            value = {
                "2025-05-01T10:00:00Z [pid 7] pinger ready on port 8080 | \"pinger ready on port\"",
                "Ready to accept connections                          | \"Ready to accept connections\"",
                "[INFO] started in 812ms; now serving requests         | \"now serving requests\"",
                "1:C 01 May 2025 10:00:00.000 # oO0OoO0OoO0Oo Redis is starting | \"Redis is starting\"",
                "he said \"hi\" for $5                                 | \"he said \\\"hi\\\" for\"",
                "12:00:01 ok 42                                        | /\\d+:\\d+:\\d+ ok \\d+/",
                "v1.2 (a/b) 3*4?                                       | /v\\d+\\.\\d+ \\(a\\/b\\) \\d+\\*\\d+\\?/",
            })
    void waitsForTheLongestRunOfWordsWithoutDigitsElseForTheLineWithAnyNumbers(String line, String condition) {
        assertThat(FirstLinePattern.of(line)).isEqualTo(condition);
    }

    @ParameterizedTest(name = "{0} ms -> {1}s")
    @CsvSource({"300, 30", "9999, 30", "10001, 40", "12400, 40", "40000, 120"})
    void givesTheStartupThreeTimesWhatItTookInTensOfSeconds(long millis, long seconds) {
        assertThat(StarterScenarios.startupBudgetSeconds(Duration.ofMillis(millis)))
                .isEqualTo(seconds);
    }
}
