package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;

    /** Lines starting with 'error' are diagnostics; 'var NAME' declares an expected variable. */
    private static CheckedContract fakeCheck(Path file) {
        try {
            var lines = Files.readAllLines(file);
            var errors = lines.stream().filter(l -> l.startsWith("error")).toList();
            var variables = lines.stream().filter(l -> l.startsWith("var ")).map(l -> l.substring(4));
            return new CheckedContract(
                    file, !errors.isEmpty(), String.join("\n", errors), new TreeSet<>(variables.toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void validContractsExitZeroAndSayWhichVariablesTheyExpect() {
        Cli cli = new Cli(dir).with(CheckCommandTest::fakeCheck);
        cli.contract("greeter/greeter.contract", "var PORT", "var IMAGE");
        cli.contract("redis/redis.contract");

        Cli.Result result = cli.run("check");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .isEqualTo("greeter/greeter.contract expects IMAGE, PORT\nchecked 2 contracts: no errors\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void contractsWithErrorsPrintEveryDiagnosticAndExitTwo() {
        Cli cli = new Cli(dir).with(CheckCommandTest::fakeCheck);
        cli.contract("a.contract", "error: a.contract:1:1: one", "error: a.contract:2:1: two");
        cli.contract("b.contract", "error: b.contract:1:1: three");
        cli.contract("c.contract");

        Cli.Result result = cli.run("check", ".");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines())
                .containsExactly(
                        "error: a.contract:1:1: one", "error: a.contract:2:1: two", "error: b.contract:1:1: three");
        assertThat(result.out()).isEqualTo("checked 3 contracts: 2 with errors\n");
    }

    @Test
    void onlyTheNamedFileIsChecked() {
        Cli cli = new Cli(dir).with(CheckCommandTest::fakeCheck);
        Path one = cli.contract("one.contract");
        cli.contract("other.contract", "error: other");

        Cli.Result result = cli.run("check", one.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("checked 1 contract: no errors\n");
    }

    @Test
    void excludedContractsAreNotLookedAt() {
        Cli cli = new Cli(dir).with(CheckCommandTest::fakeCheck);
        cli.contract("good/one.contract");
        cli.contract("broken/twin/two.contract", "error: two");

        Cli.Result result = cli.run("check", "--exclude", "broken/**", ".");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("checked 1 contract: no errors\n");
    }

    @Test
    void aPathThatIsNeitherFileNorDirectoryIsAUsageErrorSayingSo() {
        Cli.Result result = new Cli(dir).with(CheckCommandTest::fakeCheck).run("check", "/dev/null");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("plimsoll: not a regular file or directory: /dev/null\n");
    }

    @Test
    void noContractsExitFourNamingThePaths() {
        Cli.Result result = new Cli(dir).with(CheckCommandTest::fakeCheck).run("check", "a", "b");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("plimsoll: no such file or directory: a, b\n");
        assertThat(new Cli(dir).run("check").err()).isEqualTo("plimsoll: no contracts (*.contract) found in .\n");
    }

    @Test
    void hiddenFoldersAndBuildOutputAreNotSearched() {
        Cli cli = new Cli(dir).with(CheckCommandTest::fakeCheck);
        cli.contract(".git/x.contract", "error: hidden");
        cli.contract("target/test-classes/x.contract", "error: copy");
        cli.contract("z/real.contract");

        Cli.Result result = cli.run("check");

        assertThat(result.out()).isEqualTo("checked 1 contract: no errors\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aBugIsOneLineAndItsStackTraceOnlyWithVerbose() {
        Cli cli = new Cli(dir).with(file -> {
            throw new ArrayIndexOutOfBoundsException("Index 3 out of bounds for length 3");
        });
        cli.contract("a.contract");

        Cli.Result quiet = cli.run("check");
        Cli.Result verbose = cli.run("check", "-v");

        assertThat(quiet.exitCode()).isEqualTo(2);
        assertThat(quiet.err())
                .isEqualTo("plimsoll: unexpected java.lang.ArrayIndexOutOfBoundsException: Index 3 out of bounds"
                        + " for length 3 (run with -v for the stack trace)\n");
        assertThat(verbose.err()).contains("\tat dev.plimsoll.runner.CheckCommand.call(");
    }

    @Test
    void withoutTheGrammarCheckSaysSo() {
        Cli cli = new Cli(dir).with(file -> {
            throw new IllegalStateException("this build of plimsoll has no contract parser (the grammar module)");
        });
        cli.contract("a.contract");

        Cli.Result result = cli.run("check");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .isEqualTo("plimsoll: this build of plimsoll has no contract parser (the grammar module)\n");
    }
}
