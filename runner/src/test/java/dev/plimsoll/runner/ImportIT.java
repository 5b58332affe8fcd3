package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} of spec files written to each tool's documented schema for the greeter and static images of specs/
 * (src/test/resources/import), then {@code check} and {@code run} of the contract against that image: it passes
 * where the original passes, and a wrong expectation in the spec file fails with a message that names it.
 */
class ImportIT {

    private static final Path SPECS = Path.of("../specs").toAbsolutePath().normalize();
    private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
    private static final String IMAGE = "plimsoll-import-it:" + TAG;
    private static final String STATIC_IMAGE = "plimsoll-import-it-static:" + TAG;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildImages() throws Exception {
        build(IMAGE, "greeter");
        build(STATIC_IMAGE, "static");
    }

    private static void build(String tag, String spec) throws Exception {
        Docker build = docker(
                "build",
                "--quiet",
                "--force-rm",
                "--label",
                "dev.plimsoll=true",
                "-t",
                tag,
                SPECS.resolve(spec).toString());
        assertThat(build.exitCode()).as("docker build: %s", build.output()).isZero();
    }

    @AfterAll
    static void removeImages() throws Exception {
        docker("image", "rm", "--force", IMAGE, STATIC_IMAGE);
    }

    @Test
    void aContainerStructureTestSpecImportsToAContractThatPassesAgainstItsImage() throws Exception {
        Result run = importAndRun("cst", spec("greeter-cst.yaml"));

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains(" passed, 0 failed");
    }

    @Test
    void aGossSpecImportsToAContractThatPassesAgainstItsImage() throws Exception {
        Result run = importAndRun("goss", spec("greeter-goss.yaml"));

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains(" passed, 0 failed");
    }

    @Test
    void specsOfAnImageWithoutAShellImportToContractsThatPassAgainstIt() throws Exception {
        Result cst = importAndRun("cst", spec("static-cst.yaml"), STATIC_IMAGE);
        Result goss = importAndRun("goss", spec("static-goss.yaml"), STATIC_IMAGE);

        assertThat(cst.exitCode()).as(cst.out() + cst.err()).isZero();
        assertThat(cst.out()).contains(" passed, 0 failed");
        assertThat(goss.exitCode()).as(goss.out() + goss.err()).isZero();
        assertThat(goss.out()).contains(" passed, 0 failed");
    }

    @Test
    void aWrongExpectationInAContainerStructureTestSpecFailsItsCheck() throws Exception {
        String spec = spec("greeter-cst.yaml")
                .replace("      value: hello\n", "      value: howdy\n")
                .replace("expectedOutput: ['^app$']", "expectedOutput: ['^root$']");

        Result run = importAndRun("cst", spec);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains("2 failed")
                .contains("env GREETING = \"howdy\"")
                .contains("expect stdout matches /(?-m)^root$/");
    }

    @Test
    void aWrongExpectationInAGossSpecFailsItsCheck() throws Exception {
        String spec = spec("greeter-goss.yaml").replace("    uid: 1000\n", "    uid: 1001\n");

        Result run = importAndRun("goss", spec);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("1 failed").contains("1001:1000");
    }

    private Result importAndRun(String format, String spec) throws IOException {
        return importAndRun(format, spec, IMAGE);
    }

    private Result importAndRun(String format, String spec, String image) throws IOException {
        Path yaml = dir.resolve("spec.yaml");
        Files.writeString(yaml, spec, StandardCharsets.UTF_8);
        Path contract = dir.resolve("imported.contract");
        Result imported =
                plimsoll("import", format, yaml.toString(), "--image", image, "-o", contract.toString(), "--force");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Result check = plimsoll("check", contract.toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        return plimsoll("run", contract.toString());
    }

    private static String spec(String name) throws Exception {
        Path file = Path.of(Objects.requireNonNull(ImportIT.class.getResource("/import/" + name))
                .toURI());
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Result plimsoll(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private static Docker docker(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES))
                .as("docker %s finished", args[0])
                .isTrue();
        return new Docker(process.exitValue(), output.strip());
    }

    private record Result(int exitCode, String out, String err) {}

    private record Docker(int exitCode, String output) {}
}
