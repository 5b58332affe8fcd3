package dev.plimsoll.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} validates the Compose files a contract names, with their diagnostics at YAML positions. */
class GrammarContractCheckerTest {
    @TempDir
    Path dir;

    @Test
    void reportsComposeProblemsAtTheirLineInTheComposeFile() throws IOException {
        Files.writeString(dir.resolve("app.contract"), "services from \"compose.yml\"\nsubject service api\n");
        Files.writeString(
                dir.resolve("compose.yml"),
                "services:\n  api:\n    image: acme/api\n    privileged: true\n    depends_on: [db]\n");

        CheckedContract checked = new GrammarContractChecker().check(dir.resolve("app.contract"));

        assertThat(checked.hasErrors()).isTrue();
        assertThat(checked.rendered())
                .contains("compose.yml:4:5: error: 'privileged' is not supported in service 'api'")
                .contains("compose.yml:5:18: error: service 'api' depends on unknown service 'db'")
                .contains("    4 |     privileged: true");
    }

    @Test
    void reportsAMissingComposeFileAtItsNameInTheContract() throws IOException {
        Files.writeString(dir.resolve("app.contract"), "services from \"compose.yml\"\nsubject service api\n");

        CheckedContract checked = new GrammarContractChecker().check(dir.resolve("app.contract"));

        assertThat(checked.hasErrors()).isTrue();
        assertThat(checked.rendered()).contains("app.contract:1:15: error: Compose file 'compose.yml' not found");
    }

    @Test
    void aValidComposeContractHasNoErrorsAndKeepsNotes() throws IOException {
        Files.writeString(dir.resolve("app.contract"), "services from \"compose.yml\"\nsubject service api\n");
        Files.writeString(dir.resolve("compose.yml"), "services:\n  api:\n    image: acme/api\n    restart: always\n");

        CheckedContract checked = new GrammarContractChecker().check(dir.resolve("app.contract"));

        assertThat(checked.hasErrors()).isFalse();
        assertThat(checked.rendered()).contains("compose.yml:4:5: warning: 'restart' in service 'api' is ignored");
    }

    @Test
    void checksUnsavedTextAsIfItWereTheFileResolvingItsComposeFilesBesideIt() throws IOException {
        Files.writeString(dir.resolve("compose.yml"), "services:\n  api:\n    image: acme/api\n    privileged: true\n");

        CheckedContract checked = new GrammarContractChecker()
                .check(dir.resolve("unsaved.contract"), "services from \"compose.yml\"\nsubject service api\n");

        assertThat(checked.hasErrors()).isTrue();
        assertThat(checked.diagnostics())
                .extracting(d -> d.file().getFileName().toString() + ":"
                        + d.diagnostic().span().line())
                .containsExactly("compose.yml:4");
    }

    @Test
    void unsavedTextIsCheckedRatherThanTheFileOnDisk() throws IOException {
        Files.writeString(dir.resolve("app.contract"), "image \"acme/app\"\n");

        CheckedContract checked = new GrammarContractChecker()
                .check(dir.resolve("app.contract"), "image \"acme/app\"\nfile \"/x\" bogus\n");

        assertThat(checked.hasErrors()).isTrue();
        assertThat(checked.diagnostics()).singleElement().satisfies(d -> assertThat(d.file())
                .isEqualTo(dir.resolve("app.contract")));
    }
}
