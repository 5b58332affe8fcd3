package dev.plimsoll.grammar.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.grammar.Contracts;
import dev.plimsoll.grammar.ast.Contract;
import dev.plimsoll.grammar.ast.Service;
import dev.plimsoll.grammar.ast.Step;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Compose keys that become settings a contract could write: healthcheck, working_dir, labels, aliases, volumes. */
class ComposeSettingsTest {
    @TempDir
    Path dir;

    @Test
    void aHealthcheckListRunsDirectlyWithItsTimings() {
        Service db = service(
                "db",
                "    healthcheck:",
                "      test: [\"CMD\", \"pg_isready\", \"-U\", \"postgres\"]",
                "      interval: 1s",
                "      timeout: 1m30s",
                "      start_period: 500ms",
                "      retries: 30");

        assertThat(db.settings())
                .extracting(Step::describe)
                .contains(
                        "healthcheck [\"pg_isready\", \"-U\", \"postgres\"] interval 1s timeout 90s start period 500ms"
                                + " retries 30");
    }

    @Test
    void aHealthcheckStringRunsThroughTheShell() {
        Service db = service("db", "    healthcheck:", "      test: curl -f http://localhost/ || exit 1");

        assertThat(db.settings())
                .extracting(Step::describe)
                .contains("healthcheck \"curl -f http://localhost/ || exit 1\"");
    }

    @Test
    void aCmdShellListIsTheShellForm() {
        Service db = service("db", "    healthcheck:", "      test: [\"CMD-SHELL\", \"pg_isready || exit 1\"]");

        assertThat(db.settings()).extracting(Step::describe).contains("healthcheck \"pg_isready || exit 1\"");
    }

    @Test
    void disableAndNoneTurnTheImagesHealthcheckOff() {
        assertThat(service("db", "    healthcheck:", "      disable: true").settings())
                .extracting(Step::describe)
                .contains("healthcheck none");
        assertThat(service("db", "    healthcheck:", "      test: [\"NONE\"]").settings())
                .extracting(Step::describe)
                .contains("healthcheck none");
    }

    @Test
    void timingsAloneKeepTheImagesTest() {
        assertThat(service("db", "    healthcheck:", "      interval: 2s").settings())
                .extracting(Step::describe)
                .contains("healthcheck interval 2s");
    }

    @Test
    void workingDirLabelsAndAnonymousVolumesBecomeSettings() {
        Service db =
                service("db", "    working_dir: /srv", "    labels: {com.example.tier: data}", "    volumes: [/cache]");

        assertThat(db.settings())
                .extracting(Step::describe)
                .contains("workdir \"/srv\"", "label \"com.example.tier\" = \"data\"", "volume at \"/cache\"");
    }

    @Test
    void networkAliasesAndLinkAliasesGoOnTheTargetService() {
        new ComposeFixture(dir)
                .file(
                        "compose.yml",
                        "services:",
                        "  db:",
                        "    image: postgres:16",
                        "    networks:",
                        "      back: {aliases: [database]}",
                        "  api:",
                        "    image: api:1",
                        "    networks: [back]",
                        "    links: [\"db:pg\"]",
                        "networks:",
                        "  back: {}");

        Service db = expanded().services().stream()
                .filter(s -> s.name().equals("db"))
                .findFirst()
                .orElseThrow();

        assertThat(db.settings()).extracting(Step::describe).contains("alias \"database\"", "alias \"pg\"");
    }

    @Test
    void aDurationComposeDoesNotTakeIsAnErrorAtItsValue() {
        new ComposeFixture(dir)
                .file("compose.yml", "services:", "  db:", "    image: x", "    healthcheck:", "      interval: soon");

        ComposeResult result = new ComposeFixture(dir).load("compose.yml");

        assertThat(result.render(f -> dir.relativize(f).toString()))
                .startsWith("compose.yml:5:17: error: healthcheck 'interval' must be a duration like 10s, 1m30s or"
                        + " 500ms, not 'soon'");
    }

    @Test
    void anUnknownHealthcheckKeyIsAnErrorWithTheNearestOne() {
        new ComposeFixture(dir)
                .file("compose.yml", "services:", "  db:", "    image: x", "    healthcheck:", "      intervall: 3s");

        ComposeResult result = new ComposeFixture(dir).load("compose.yml");

        assertThat(result.render(f -> dir.relativize(f).toString()))
                .startsWith("compose.yml:5:7: error: unknown healthcheck key 'intervall'")
                .contains("did you mean 'interval'?");
    }

    /** One service {@code name} (with an image) plus {@code lines} under it, expanded as a non-subject service. */
    private Service service(String name, String... lines) {
        String[] file = new String[lines.length + 4];
        file[0] = "services:";
        file[1] = "  " + name + ":";
        file[2] = "    image: x:1";
        System.arraycopy(lines, 0, file, 3, lines.length);
        file[file.length - 1] = "  api: {image: api:1}";
        new ComposeFixture(dir).file("compose.yml", file);
        return expanded().services().get(0);
    }

    private Contract expanded() {
        Contract contract = Contracts.parse("c.contract", "services from \"compose.yml\"\nsubject service api\n")
                .contract()
                .orElseThrow();
        ComposeContracts.Checked checked =
                ComposeContracts.check(contract, dir, Map.of(), Map.of()).orElseThrow();
        ComposeProject project = checked.project()
                .orElseThrow(() -> new AssertionError(
                        checked.compose().map(ComposeResult::render).orElse("")));
        return ComposeContracts.expand(contract, project);
    }
}
