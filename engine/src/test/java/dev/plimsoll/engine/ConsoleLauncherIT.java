package dev.plimsoll.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.console.ConsoleLauncher;

/** The JUnit console launcher finds and runs contracts by file, by directory and by classpath scan. */
class ConsoleLauncherIT {
    private static final Path CONTRACTS = Path.of("src/test/resources/console").toAbsolutePath();

    @Test
    void runsAContractSelectedAsAFile() {
        String out =
                launch(0, "--select-file", CONTRACTS.resolve("hello.contract").toString());

        assertThat(out).contains("4 tests successful", "0 tests failed");
    }

    @Test
    void runsTheContractsOfADirectory() {
        String out = launch(0, "--select-directory", CONTRACTS.toString());

        assertThat(out).contains("4 tests successful", "0 tests failed");
    }

    @Test
    void runsTheContractsFoundByAClasspathScan() {
        String out = launch(
                0,
                "--scan-classpath",
                Path.of("target/test-classes/console").toAbsolutePath().toString());

        assertThat(out).contains("4 tests successful", "0 tests failed");
    }

    private static String launch(int expectedExitCode, String... selectors) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[selectors.length + 6];
        args[0] = "execute";
        args[1] = "--include-engine=plimsoll";
        args[2] = "--disable-banner";
        args[3] = "--details=summary";
        args[4] = "--disable-ansi-colors";
        args[5] = "--fail-if-no-tests";
        System.arraycopy(selectors, 0, args, 6, selectors.length);

        int exitCode = ConsoleLauncher.run(new PrintWriter(out), new PrintWriter(err), args)
                .getExitCode();

        assertThat(exitCode).as(out + "\n" + err).isEqualTo(expectedExitCode);
        return out.toString();
    }
}
