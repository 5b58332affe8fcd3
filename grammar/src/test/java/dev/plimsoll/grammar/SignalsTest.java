package dev.plimsoll.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignalsTest {

    @ParameterizedTest
    @CsvSource({
        "15, SIGTERM",
        "term, SIGTERM",
        "TERM, SIGTERM",
        "SIGTERM, SIGTERM",
        "3, SIGQUIT",
        "99, 99",
        "rtmin, SIGRTMIN"
    })
    void readsTheSpellingsImagesUseAsContractNames(String written, String canonical) {
        assertThat(Signals.canonical(written)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(
            value = {"'', SIGTERM", "SIGQUIT, SIGQUIT", "2, SIGINT", "NULL, SIGTERM"},
            nullValues = "NULL")
    void takesTheImagesStopSignalElseSigterm(String imageStopSignal, String expected) {
        assertThat(Signals.stopSignal(Optional.ofNullable(imageStopSignal))).isEqualTo(expected);
    }
}
