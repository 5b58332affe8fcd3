package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        Cli.Result result = new Cli(dir).run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("run ", "check ", "list ", "init ", "clean ")
                .contains("Exit codes:", "0   every check held", "1   a check failed")
                .contains("2   usage error or invalid contracts", "3   Docker unavailable", "4   no contracts found");
    }

    @Test
    void everyCommandHasHelpWithTheExitCodes() {
        for (String command : new String[] {"run", "check", "list", "init", "clean"}) {
            Cli.Result result = new Cli(dir).run(command, "--help");

            assertThat(result.exitCode()).as(command).isZero();
            assertThat(result.out())
                    .as(command)
                    .startsWith("Usage: plimsoll " + command)
                    .contains("Exit codes:");
        }
    }

    @Test
    void versionComesFromTheBuild() {
        Cli.Result result = new Cli(dir).run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("plimsoll 0.1.0-SNAPSHOT");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result result = new Cli(dir).run();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("plimsoll: missing command").contains("Usage: plimsoll");
    }

    @Test
    void unknownOptionIsAUsageErrorWithAHint() {
        Cli.Result result = new Cli(dir).run("run", "--colour");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .isEqualTo(
                        "plimsoll: Unknown option: '--colour'\n" + "Try 'plimsoll run --help' for more information.\n");
    }

    @Test
    void unknownCommandIsAUsageError() {
        Cli.Result result = new Cli(dir).run("test");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("plimsoll: Unmatched argument at index 0: 'test'");
    }
}
