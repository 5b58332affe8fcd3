package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheChecksAsATreeWithFileAndLine() {
        Cli cli = new Cli(dir);
        cli.contract(
                "greeter.contract",
                "pass image has user \"app\"",
                "scenario serves health",
                "  pass expect port 9000 open",
                "  fail expect http GET \"/health\" :: never runs when listing");

        Cli.Result result = cli.run("list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .isEqualTo("greeter.contract\n"
                        + "├─ image has user \"app\"  (greeter.contract:1)\n"
                        + "└─ serves health  (greeter.contract:2)\n"
                        + "   ├─ expect port 9000 open  (greeter.contract:3)\n"
                        + "   └─ expect http GET \"/health\"  (greeter.contract:4)\n"
                        + "3 checks in 1 contract\n");
    }

    @Test
    void listsWhatTheFilterKeeps() {
        Cli cli = new Cli(dir);
        cli.contract("a.contract", "pass one", "pass two");

        Cli.Result result = cli.run("list", "--filter", "two");

        assertThat(result.out()).contains("└─ two").doesNotContain("one").endsWith("1 check in 1 contract\n");
    }

    @Test
    void invalidContractsExitTwoWithTheirDiagnostics() {
        Cli cli = new Cli(dir);
        cli.contract("a.contract", "invalid unknown service 'db'");

        Cli.Result result = cli.run("list");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("a.contract:1: unknown service 'db'");
    }

    @Test
    void noContractsExitFour() {
        assertThat(new Cli(dir).run("list").exitCode()).isEqualTo(4);
    }
}
