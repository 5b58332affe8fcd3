package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryCredentialsTest {

    @TempDir
    Path dir;

    @Test
    void authsGiveBase64UserAndPasswordWhetherKeyedByHostOrUrl() throws IOException {
        config("{\"auths\": {\"https://127.0.0.1:5000/v1/\": {\"auth\": \"" + base64("alice:s3:cret") + "\"},"
                + " \"ghcr.io\": {\"username\": \"bob\", \"password\": \"pw\"}}}");

        RegistryAuth local = credentials().forRegistry("127.0.0.1:5000").orElseThrow();
        RegistryAuth ghcr = credentials().forRegistry("ghcr.io").orElseThrow();

        assertThat(local.username()).isEqualTo("alice");
        assertThat(local.password()).isEqualTo("s3:cret");
        assertThat(ghcr.username()).isEqualTo("bob");
        assertThat(credentials().forRegistry("quay.io")).isEmpty();
        assertThat(local.toString()).doesNotContain("s3:cret").contains("127.0.0.1:5000");
    }

    @Test
    void dockerHubIsFoundUnderItsCliKey() throws IOException {
        config("{\"auths\": {\"https://index.docker.io/v1/\": {\"auth\": \"" + base64("hub:pw") + "\"}}}");

        RegistryAuth hub = credentials().forRegistry("docker.io").orElseThrow();

        assertThat(hub.username()).isEqualTo("hub");
        assertThat(hub.serverAddress()).isEqualTo("https://index.docker.io/v1/");
    }

    @Test
    void aCredHelperForTheRegistryIsRunAsTheCliRunsItAndWinsOverAuths() throws IOException {
        helper("pass", "127.0.0.1:5000", "{\"ServerURL\":\"127.0.0.1:5000\",\"Username\":\"carol\",\"Secret\":\"pw\"}");
        config("{\"credHelpers\": {\"127.0.0.1:5000\": \"pass\"}," + " \"auths\": {\"127.0.0.1:5000\": {\"auth\": \""
                + base64("alice:wrong") + "\"}}}");

        RegistryAuth auth = credentials().forRegistry("127.0.0.1:5000").orElseThrow();

        assertThat(auth.username()).isEqualTo("carol");
        assertThat(auth.password()).isEqualTo("pw");
        assertThat(auth.source()).isEqualTo("docker-credential-pass");
    }

    @Test
    void theCredsStoreAnswersForEveryRegistryAndATokenUserMeansAnIdentityToken() throws IOException {
        helper("store", "ghcr.io", "{\"ServerURL\":\"ghcr.io\",\"Username\":\"<token>\",\"Secret\":\"tok\"}");
        config("{\"credsStore\": \"store\"}");

        RegistryAuth auth = credentials().forRegistry("ghcr.io").orElseThrow();

        assertThat(auth.identityToken()).contains("tok");
        assertThat(credentials().forRegistry("quay.io"))
                .as("the helper has nothing for quay.io")
                .isEmpty();
    }

    @Test
    void aHelperThatIsNotOnThePathIsNamed() throws IOException {
        config("{\"credsStore\": \"nowhere\"}");

        assertThatThrownBy(() -> credentials().forRegistry("ghcr.io"))
                .isInstanceOf(PushFailedException.class)
                .hasMessage("cannot get the credentials for ghcr.io: docker-credential-nowhere (named in the docker"
                        + " config) is not on PATH");
    }

    @Test
    void aBrokenConfigIsReportedWithoutQuotingIt() throws IOException {
        config("{\"auths\": {\"ghcr.io\": {\"auth\": s3cret}}}");

        assertThatThrownBy(() -> credentials().forRegistry("ghcr.io"))
                .isInstanceOf(PushFailedException.class)
                .hasMessageStartingWith("cannot read the credentials for ghcr.io: " + dir.resolve("config.json")
                        + " is not valid JSON (line 1, column")
                .message()
                .doesNotContain("s3cret");
    }

    @Test
    void noConfigFileMeansAnAnonymousPush() {
        assertThat(credentials().forRegistry("ghcr.io")).isEmpty();
    }

    private RegistryCredentials credentials() {
        return new RegistryCredentials(dir, Map.of("PATH", dir.resolve("bin").toString()));
    }

    private void config(String json) throws IOException {
        Files.writeString(dir.resolve("config.json"), json);
    }

    /** A helper that answers {@code answer} for {@code server} and "not found" (exit 1) for anything else. */
    private void helper(String name, String server, String answer) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path script = bin.resolve("docker-credential-" + name);
        Files.writeString(
                script,
                "#!/bin/sh\n"
                        + "[ \"$1\" = get ] || exit 2\n"
                        + "server=$(/bin/cat)\n"
                        + "if [ \"$server\" = '" + server + "' ]; then echo '" + answer + "'; exit 0; fi\n"
                        + "echo 'credentials not found in native keychain'; exit 1\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
