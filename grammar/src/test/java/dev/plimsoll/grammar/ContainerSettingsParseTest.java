package dev.plimsoll.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.grammar.ast.HealthcheckSetting;
import dev.plimsoll.grammar.ast.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** healthcheck, workdir, label, alias and {@code volume at}: written in a contract, read back, wrong ones reported. */
class ContainerSettingsParseTest {

    @Test
    void readsAHealthcheckWithEveryOption() {
        List<Step> steps = steps("healthcheck [\"pg_isready\", \"-U\", \"postgres\"] interval 2s timeout 3s"
                + " start period 10s retries 5");

        assertThat(steps).singleElement().isInstanceOfSatisfying(HealthcheckSetting.class, h -> {
            assertThat(h.test().orElseThrow().shell()).isFalse();
            assertThat(h.interval().orElseThrow().millis()).isEqualTo(2000);
            assertThat(h.timeout().orElseThrow().millis()).isEqualTo(3000);
            assertThat(h.startPeriod().orElseThrow().millis()).isEqualTo(10_000);
            assertThat(h.retries()).contains(5);
        });
    }

    @Test
    void printsEachSettingBackAsWritten() {
        List<String> written = List.of(
                "healthcheck \"curl -f localhost || exit 1\" retries 3",
                "healthcheck interval 1s",
                "healthcheck none",
                "workdir \"/srv\"",
                "label \"com.example.tier\" = \"web\"",
                "alias \"database\"",
                "volume at \"/cache\"");

        assertThat(steps(String.join("\n  ", written)))
                .extracting(Step::describe)
                .containsExactlyElementsOf(written);
    }

    @Test
    void aHealthcheckWithNothingIsAnError() {
        assertThat(errors("healthcheck")).startsWith("c.contract:3:3: error: 'healthcheck' needs a test or an option");
    }

    @Test
    void anOptionGivenTwiceIsAnError() {
        assertThat(errors("healthcheck interval 1s interval 2s"))
                .startsWith("c.contract:3:27: error: 'interval' is given twice in this healthcheck");
    }

    @Test
    void plimsollsOwnLabelsCannotBeWritten() {
        assertThat(errors("label \"dev.plimsoll.run\" = \"x\""))
                .startsWith("c.contract:3:9: error: label 'dev.plimsoll.run' is plimsoll's own");
    }

    @Test
    void anAnonymousVolumeNeedsAnAbsolutePath() {
        assertThat(errors("volume at \"data\""))
                .startsWith("c.contract:3:13: error: volume target 'data' is not an absolute path");
    }

    private static List<Step> steps(String body) {
        ParseResult result = parse(body);
        assertThat(result.render()).isEmpty();
        return result.contract().orElseThrow().scenarios().get(0).steps();
    }

    private static String errors(String body) {
        return parse(body).render();
    }

    private static ParseResult parse(String body) {
        return Contracts.parse("c.contract", "image \"x\"\nscenario \"s\" {\n  " + body + "\n}\n");
    }
}
