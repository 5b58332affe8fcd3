package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void passingContractExitsZeroWithASummary() {
        Cli cli = new Cli(dir);
        cli.contract(
                "greeter.contract",
                "pass image has user \"app\"",
                "scenario serves health",
                "  pass expect port 9000 open");

        Cli.Result result = cli.run("run");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("✓ greeter.contract › image has user \"app\" (")
                .contains("✓ greeter.contract › serves health › expect port 9000 open (")
                .contains("2 checks in 1 contract: 2 passed, 0 failed (");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void failingCheckExitsOneAndShowsItsMessageAndLine() {
        Cli cli = new Cli(dir);
        cli.contract(
                "specs/greeter.contract",
                "scenario stops cleanly",
                "  pass expect stdout contains \"stopped\"",
                "  fail expect exit 0 within 5s :: container still running after 5s");

        Cli.Result result = cli.run("run", "specs");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out())
                .contains("✗ specs/greeter.contract › stops cleanly › expect exit 0 within 5s (")
                .contains("2 checks in 1 contract: 1 passed, 1 failed")
                .contains("Failures:\n"
                        + "  ✗ specs/greeter.contract › stops cleanly › expect exit 0 within 5s\n"
                        + "    at specs/greeter.contract:3\n"
                        + "    container still running after 5s\n");
    }

    @Test
    void skippedAndAbortedChecksAreCountedButDoNotFail() {
        Cli cli = new Cli(dir);
        cli.contract(
                "a.contract",
                "scenario s",
                "  pass one",
                "  skip two :: needs cgroup v2",
                "  abort three :: no HEALTHCHECK in the image");

        Cli.Result result = cli.run("run");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("↷ a.contract › s › two (skipped: needs cgroup v2)")
                .contains("↷ a.contract › s › three (aborted: no HEALTHCHECK in the image)")
                .contains("3 checks in 1 contract: 1 passed, 0 failed, 1 skipped, 1 aborted");
    }

    @Test
    void failedScenarioFailsItsChecksAndIsListedOnce() {
        Cli cli = new Cli(dir);
        cli.contract(
                "a.contract",
                "scenario-fail starts fast :: no log line matching /listening/ within 2s",
                "  pass expect port 80 open",
                "  pass expect running after 1s");

        Cli.Result result = cli.run("run");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out())
                .contains("2 checks in 1 contract: 0 passed, 2 failed")
                .contains("Failures:\n  ✗ a.contract › starts fast\n    at a.contract:1\n"
                        + "    no log line matching /listening/ within 2s\n")
                .doesNotContain("✓");
    }

    @Test
    void checkThatCouldNotRunIsCountedApart() {
        Cli cli = new Cli(dir);
        cli.contract("a.contract", "error expect http GET \"/\" :: connection reset");

        Cli.Result result = cli.run("run");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("1 check in 1 contract: 0 passed, 0 failed, 1 could not run");
    }

    @Test
    void invalidContractPrintsItsDiagnosticsAndRunsNothing() {
        Cli cli = new Cli(dir);
        cli.contract("good.contract", "pass fine");
        cli.contract("bad.contract", "pass fine", "invalid unknown check 'listen_on'");

        Cli.Result result = cli.run("run");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("bad.contract:2: unknown check 'listen_on'")
                .endsWith("plimsoll: invalid contracts, nothing was run\n");
        assertThat(result.out()).doesNotContain("✓");
    }

    @Test
    void warningsArePrintedAndTheRunGoesOn() {
        Cli cli = new Cli(dir);
        cli.contract("a.contract", "warning 'within' without a duration uses the default", "pass fine");

        Cli.Result result = cli.run("run");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("a.contract:1: 'within' without a duration uses the default");
        assertThat(result.out()).contains("1 passed");
    }

    @Test
    void dockerUnavailableExitsThreeWithOneSentence() {
        Cli cli = new Cli(dir);
        cli.contract(
                "a.contract",
                "docker-unavailable cannot reach a Docker engine at unix:///var/run/docker.sock"
                        + " (from the default socket): connection refused",
                "pass fine");

        Cli.Result result = cli.run("run");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err())
                .isEqualTo("plimsoll: cannot reach a Docker engine at unix:///var/run/docker.sock"
                        + " (from the default socket): connection refused\n");
    }

    @Test
    void noContractsExitsFourNamingThePaths() {
        Cli.Result result = new Cli(dir).run("run", dir.toString());

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).isEqualTo("plimsoll: no contracts (*.contract) found in " + dir + "\n");
    }

    @Test
    void missingPathIsAUsageError() {
        Cli.Result result = new Cli(dir).run("run", dir.resolve("nope").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("plimsoll: no such file or directory: " + dir.resolve("nope") + "\n");
    }

    @Test
    void optionsReachTheEngineAsConfigurationParameters() {
        Cli cli = new Cli(dir);
        cli.contract(
                "a.contract",
                "param plimsoll.var.IMAGE = acme/greeter:1.5",
                "param plimsoll.var.PORT = 9000",
                "param plimsoll.timeout.scale = 2.5",
                "param plimsoll.docker.host = tcp://127.0.0.1:2375",
                "param plimsoll.execution.parallel.enabled = true",
                "param plimsoll.execution.parallel.config.strategy = fixed",
                "param plimsoll.execution.parallel.config.fixed.parallelism = 4");

        Cli.Result result = cli.run(
                "run",
                "--set",
                "IMAGE=acme/greeter:1.5",
                "--set",
                "PORT=9000",
                "--timeout-scale",
                "2.5",
                "--docker-host",
                "tcp://127.0.0.1:2375",
                "--parallel",
                "4",
                "--fail-fast");

        assertThat(result.exitCode()).as(result.out()).isZero();
        assertThat(result.out()).contains("7 checks in 1 contract: 7 passed");
    }

    @Test
    void byDefaultScenariosRunOnePerCoreAndAtLeastTwoAtOnce() {
        assertThat(RunCommand.defaultParallelism(1)).isEqualTo(2);
        assertThat(RunCommand.defaultParallelism(2)).isEqualTo(2);
        assertThat(RunCommand.defaultParallelism(8)).isEqualTo(8);
    }

    @Test
    void hostOverrideReachesTheEngine() {
        Cli cli = new Cli(dir);
        cli.contract("a.contract", "param plimsoll.host.override = docker");

        Cli.Result result = cli.run("run", "--host-override", "docker");

        assertThat(result.exitCode()).as(result.out()).isZero();
        assertThat(cli.run("run").out()).contains("plimsoll.host.override was unset");
    }

    @Test
    void withoutOptionsTheEngineGetsNoParameters() {
        Cli cli = new Cli(dir);
        cli.contract("a.contract", "param plimsoll.timeout.scale = 1.0");

        Cli.Result result = cli.run("run");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("plimsoll.timeout.scale was unset");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        Cli cli = new Cli(dir);
        cli.contract("a.contract", "pass fine");

        assertThat(cli.run("run", "--parallel", "0").err()).startsWith("plimsoll: --parallel must be 1 or more");
        assertThat(cli.run("run", "--timeout-scale", "-1").err())
                .startsWith("plimsoll: --timeout-scale must be above 0");
        assertThat(cli.run("run", "--set", "1X=a").err()).startsWith("plimsoll: --set needs NAME=VALUE");
        assertThat(cli.run("run", "--set", "NOVALUE").exitCode()).isEqualTo(2);
        assertThat(cli.run("run", "--parallel", "many").exitCode()).isEqualTo(2);
    }

    @Test
    void filterKeepsMatchingChecksAndScenarios() {
        Cli cli = new Cli(dir);
        cli.contract(
                "greeter.contract",
                "pass image has user \"app\"",
                "scenario stops cleanly on SIGTERM",
                "  pass expect exit 0 within 5s",
                "scenario serves health",
                "  pass expect port 9000 open",
                "  pass expect http GET \"/health\"");
        cli.contract("redis.contract", "pass expect port 6379 open");

        Cli.Result byScenario = cli.run("run", "--filter", "*SIGTERM*");
        Cli.Result byCheck = cli.run("run", "--filter", "expect port *");
        Cli.Result byFile = cli.run("run", "--filter", "redis.contract");

        assertThat(byScenario.out()).contains("1 check in 1 contract").contains("expect exit 0 within 5s");
        assertThat(byCheck.out()).contains("2 checks in 2 contracts");
        assertThat(byFile.out()).contains("1 check in 1 contract").contains("redis.contract");
    }

    @Test
    void filterMatchingNothingExitsFour() {
        Cli cli = new Cli(dir);
        cli.contract("a.contract", "pass fine");

        Cli.Result result = cli.run("run", "--filter", "nothing*", ".");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).isEqualTo("plimsoll: no checks match --filter 'nothing*' in .\n");
    }

    @Test
    void failFastSkipsTheContractsAfterTheFirstFailure() {
        Cli cli = new Cli(dir);
        cli.contract("1.contract", "fail broken :: nope");
        cli.contract("2.contract", "scenario later", "  pass fine");

        Cli.Result result = cli.run("run", "--fail-fast");
        Cli.Result without = cli.run("run");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out())
                .contains("↷ 2.contract (skipped: not run: --fail-fast stopped after the first failure)")
                .contains("2 checks in 2 contracts: 0 passed, 1 failed, 1 skipped")
                .contains("stopped after the first failure (--fail-fast)")
                .doesNotContain("✓");
        assertThat(without.out()).contains("✓ 2.contract › later › fine");
    }

    @Test
    void plainOutputHasNoEscapeCodes() {
        Cli cli = new Cli(dir);
        cli.contract("a.contract", "pass fine", "fail bad :: nope");

        assertThat(cli.run("run").out()).doesNotContain("\u001b[");
        assertThat(cli.onTerminal(Optional.empty()).run("run", "--no-color").out())
                .doesNotContain("\u001b[");
        assertThat(cli.onTerminal(Optional.of("1")).run("run").out()).doesNotContain("\u001b[");
    }

    @Test
    void terminalOutputIsColouredAndGroupedByContract() {
        Cli cli = new Cli(dir).onTerminal(Optional.empty());
        cli.contract("a.contract", "scenario s", "  pass fine");

        String out = cli.run("run").out();

        assertThat(out).contains("\u001b[1m▸ a.contract\u001b[0m\n").contains("  \u001b[32m✓\u001b[0m s › fine  ");
    }

    @Test
    void withoutTheEngineTheRunSaysSo() {
        Cli cli = new Cli(dir).engine("plimsoll-missing");
        cli.contract("a.contract", "pass fine");

        Cli.Result result = cli.run("run");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("plimsoll: this build has no test engine 'plimsoll-missing'");
    }
}
