package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What 'list' shows of a contract's Compose services: their order, source, ports and conditions. */
class ComposeStartOrderTest {
    @TempDir
    Path dir;

    @Test
    void showsTheServicesInStartOrderWithTheSubjectLast() throws IOException {
        Files.writeString(
                dir.resolve("compose.yml"),
                String.join(
                        "\n",
                        "services:",
                        "  api:",
                        "    image: api:1",
                        "    ports: [\"${API_PORT:-8080}:8080\", \"9090/udp\"]",
                        "    depends_on:",
                        "      migrate: {condition: service_completed_successfully}",
                        "  migrate:",
                        "    build: {context: ., target: migrate}",
                        "    depends_on: {db: {condition: service_healthy}}",
                        "  db:",
                        "    image: postgres:16",
                        ""));
        Path contract = Files.writeString(
                dir.resolve("c.contract"),
                "services from \"compose.yml\"\nsubject service api\nservice db { image \"db:2\" }\n");

        assertThat(ComposeStartOrder.lines(contract))
                .containsExactly(
                        "service db: image postgres:16 (replaced by the contract's own service block)",
                        "service migrate: build " + dir.toAbsolutePath().normalize()
                                + " target migrate, after db healthy",
                        "subject api: image api:1, ports 8080 9090/udp, after migrate exited 0");
    }

    @Test
    void aContractWithoutComposeFilesShowsNothing() throws IOException {
        Path contract = Files.writeString(dir.resolve("c.contract"), "image \"x\"\n");

        assertThat(ComposeStartOrder.lines(contract)).isEmpty();
    }
}
