package dev.plimsoll.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Variables, matrices and defaults; and the failures that stop a whole contract or run, each in one clear message. */
class FailureReportingIT {

    @Test
    void variablesMatricesAndFileDefaultsApply() {
        ContractResults results = ContractResults.run("variables.contract", "plimsoll.var.EITS_GREETING", "bonjour");

        results.passed("greets as configured", "wait for log \"greeting=${EITS_GREETING}\"");
        results.passed("greets each way [WORD=hi]", "expect stdout contains \"greeting=hi\"");
        assertThat(results.failed("greets each way [WORD=ahoy]", "expect stdout contains \"greeting=hi\""))
                .contains("(" + results.at(17) + ")")
                .contains("stdout does not contain 'greeting=hi'");
        assertThat(results.failed("the file's wait default applies", "wait for log \"never printed\""))
                .contains("within 1s");
        assertThat(results.failed("the file's exit default applies", "expect exit 0"))
                .contains("still running after 1s");
    }

    @Test
    void anUndefinedVariableFailsTheContractWithItsNameAndLine() {
        ContractResults results = ContractResults.run("undefined-variable.contract");

        assertThat(results.failed(ContractResults.IT
                        .resolve("undefined-variable.contract")
                        .toString()))
                .contains("EITS_UNDEFINED_GREETING")
                .contains(":5:");
    }

    @Test
    void aMissingImageFailsTheContractSayingSo() {
        ContractResults results = ContractResults.run("missing-image.contract");

        assertThat(results.failed(
                        ContractResults.IT.resolve("missing-image.contract").toString()))
                .contains("image 'nope/nothing:1' is not present locally and could not be pulled");
    }

    @Test
    void aFailingBuildShowsTheTailOfItsLog() {
        ContractResults results = ContractResults.run("broken-build.contract");

        assertThat(results.failed(
                        ContractResults.IT.resolve("broken-build.contract").toString()))
                .contains("returned a non-zero code: 7")
                .contains("about to break the build");
    }

    @Test
    void anUnreachableEngineFailsFastInOneSentence() {
        long start = System.nanoTime();
        ContractResults results =
                ContractResults.run("image-plain.contract", "plimsoll.docker.host", "tcp://127.0.0.1:1");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(results.failed("plimsoll")).contains("tcp://127.0.0.1:1").doesNotContain("\n");
    }
}
