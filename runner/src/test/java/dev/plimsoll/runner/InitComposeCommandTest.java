package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init --compose FILE SERVICE}: a starter contract from a Compose file, without Docker. */
class InitComposeCommandTest {
    @TempDir
    Path dir;

    private void compose() throws IOException {
        Files.writeString(
                dir.resolve("compose.yml"),
                String.join(
                        "\n",
                        "services:",
                        "  db:",
                        "    image: postgres:16",
                        "    healthcheck: {test: [\"CMD\", \"pg_isready\"]}",
                        "  api:",
                        "    image: api:1",
                        "    ports: [\"${API_PORT:-8080}:8080\"]",
                        "    depends_on: {db: {condition: service_healthy}}",
                        "  worker:",
                        "    image: worker:1",
                        ""));
    }

    @Test
    void aServiceWithPortsWaitsForThem() throws IOException {
        compose();

        Cli.Result result = new Cli(dir).run("init", "--compose", "compose.yml", "api");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("services from \"compose.yml\"\nsubject service api\n\n"
                        + "scenario \"api gets ready with its services\" {\n"
                        + "  wait for port 8080 within 60s\n}\n");
    }

    @Test
    void aServiceWithAHealthcheckWaitsForHealthyAndOneWithNeitherKeepsRunning() throws IOException {
        compose();

        assertThat(new Cli(dir).run("init", "--compose", "compose.yml", "db").out())
                .contains("  wait for healthy within 60s\n");
        assertThat(new Cli(dir)
                        .run("init", "--compose", "compose.yml", "worker")
                        .out())
                .contains("  expect running after 2s\n");
    }

    @Test
    void theWrittenContractChecks() throws IOException {
        compose();
        Files.createDirectories(dir.resolve("contracts"));

        Cli.Result written =
                new Cli(dir).run("init", "--compose", "compose.yml", "api", "-o", "contracts/api.contract");
        Cli.Result checked = new Cli(dir).run("check", "contracts/api.contract");

        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(Files.readString(dir.resolve("contracts/api.contract")))
                .contains("services from \"../compose.yml\"");
        assertThat(checked.exitCode()).as(checked.err()).isZero();
    }

    @Test
    void anUnknownServiceIsAUsageErrorThatSuggestsTheNearest() throws IOException {
        compose();

        Cli.Result result = new Cli(dir).run("init", "--compose", "compose.yml", "apl");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .contains("no service 'apl' starts from it (it has: db, api, worker); did you mean 'api'?");
    }

    @Test
    void aMalformedComposeFileIsReportedAtItsLine() throws IOException {
        Files.writeString(dir.resolve("compose.yml"), "services:\n  api:\n    image: x\n    privileged: true\n");

        Cli.Result result = new Cli(dir).run("init", "--compose", "compose.yml", "api");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("compose.yml:4:5: error:");
    }

    @Test
    void anImageAndComposeTogetherAreAUsageError() throws IOException {
        compose();

        Cli.Result result = new Cli(dir).run("init", "acme/greeter:1", "--compose", "compose.yml", "api");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("init takes an IMAGE or --compose FILE SERVICE, one of the two");
    }
}
