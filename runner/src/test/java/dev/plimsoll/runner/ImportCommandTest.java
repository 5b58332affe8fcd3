package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.grammar.Contracts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    private Cli cli() {
        return new Cli(dir);
    }

    private Path spec(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void writesTheContractToStdoutAndASummaryToStderr() throws Exception {
        spec("cst.yaml", "schemaVersion: 2.0.0\nmetadataTest:\n  user: app\n  unexposedPorts: ['22']\n");

        Cli.Result result = cli().run("import", "cst", "cst.yaml", "--image", "acme/app:1");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("image \"${IMAGE:-acme/app:1}\"\n", "  user \"app\"\n")
                .contains("  # not imported: metadataTest.unexposedPorts (line 4): ");
        assertThat(result.err())
                .contains("plimsoll: imported 1 check from the container-structure-test file cst.yaml\n")
                .contains("plimsoll: not imported (1, kept as comments):\n  metadataTest.unexposedPorts (line 4): ");
        assertThat(Contracts.parse("out.contract", result.out()).diagnostics()).isEmpty();
    }

    @Test
    void writesTheContractToTheOutputFileAndRefusesToOverwriteIt() throws Exception {
        spec("goss.yaml", "port:\n  tcp:80:\n    listening: true\n");

        Cli.Result first = cli().run("import", "goss", "goss.yaml", "-o", "app.contract");
        Cli.Result second = cli().run("import", "goss", "goss.yaml", "-o", "app.contract");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(first.err()).contains("every key was imported", "plimsoll check " + dir.resolve("app.contract"));
        assertThat(Files.readString(dir.resolve("app.contract")))
                .contains("image \"${IMAGE}\"\n", "  expect port 80 open\n");
        assertThat(second.exitCode()).isEqualTo(2);
        assertThat(second.err()).contains("exists; use --force");
    }

    @Test
    void malformedYamlIsALocatedErrorAndNothingIsWritten() throws Exception {
        spec("bad.yaml", "schemaVersion: 2.0.0\nmetadataTest:\n  user: [app\n");

        Cli.Result result = cli().run("import", "cst", "bad.yaml", "-o", "app.contract");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .startsWith("bad.yaml:4:1: error: malformed YAML: ")
                .contains("plimsoll: nothing written: fix bad.yaml first")
                .doesNotContain("Exception");
        assertThat(dir.resolve("app.contract")).doesNotExist();
    }

    @Test
    void anUnknownFormatOrAMissingFileIsAUsageError() throws Exception {
        Cli.Result format = cli().run("import", "serverspec", "x.yaml");
        Cli.Result missing = cli().run("import", "goss", "missing.yaml");

        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("unknown format 'serverspec': use cst (container-structure-test) or goss");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("missing.yaml: error: cannot read file: no such file");
    }

    @Test
    void helpNamesBothFormatsAndTheExitCodes() {
        Cli.Result result = cli().run("import", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .startsWith("Usage: plimsoll import")
                .contains("cst (container-structure-test) or goss", "--image", "Exit codes:");
    }
}
