package dev.plimsoll.specs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's main command: every example contract in specs/ (not the broken twins) holds. */
class ExampleSpecsIT {

    @Test
    void everyExampleContractHolds() throws Exception {
        Path report = RunnerProcess.SPECS.resolve("target/examples.xml");

        RunnerProcess.Result result = RunnerProcess.run(
                "run",
                ".",
                "--exclude",
                "broken/**",
                "--exclude",
                "maven-example/**",
                "--junit-xml",
                report.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains("✓ greeter/greeter.contract › stops cleanly on SIGTERM › expect exit 0 within 5s")
                .containsPattern("\\d+ checks in \\d+ contracts: \\d+ passed, 0 failed");
        JunitReport.validate(report);
        List<JunitReport.TestCase> cases = JunitReport.read(report);
        assertThat(cases).as(result.output()).hasSizeGreaterThan(100);
        assertThat(cases).as(result.output()).allSatisfy(testCase -> assertThat(testCase.outcome())
                .isEqualTo(JunitReport.Outcome.PASSED));
        assertThat(cases).extracting(JunitReport.TestCase::classname).anyMatch(name -> name.startsWith("static/"));
    }
}
