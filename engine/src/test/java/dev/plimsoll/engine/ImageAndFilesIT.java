package dev.plimsoll.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code image has} facts and {@code file} checks against the built test image: each kind holds once, fails once. */
class ImageAndFilesIT {

    private static final List<String> KEPT_FACTS = List.of(
            "user \"app\"",
            "exposed port 8080/tcp",
            "volume \"/data\"",
            "env GREETING = \"hello\"",
            "env GREETING contains \"ell\"",
            "label \"org.opencontainers.image.title\" = \"plimsoll-it\"",
            "label \"dev.plimsoll.it\" matches /engine-.*/",
            "healthcheck",
            "stop signal SIGTERM",
            "workdir \"/data\"",
            "entrypoint [\"/usr/local/bin/entrypoint\"]",
            "cmd \"serve\"",
            "size below 1GB");

    private static final List<String> KEPT_FILES = List.of(
            "file \"/srv/www\" exists",
            "file \"/root/.ssh\" absent",
            "file \"/srv/owned\" is directory owned by \"app:app\" mode 0750",
            "file \"/srv/www/index.html\" is regular file owned by \"0:0\" mode 0644",
            "file \"/srv/index-link\" is symlink to \"/srv/www/index.html\"",
            "file \"/usr/local/bin/entrypoint\" owned by \"root\" mode 0755",
            "file \"/srv/www/version.txt\" = \"1.0\"",
            "file \"/etc/passwd\" is regular file",
            "file \"/srv/www/robots.txt\" absent",
            "file \"/etc/debian_version\" matches /^12\\./",
            "file \"/srv/www/cgi-bin/visit\" contains \"visits=\"");

    private static ContractResults broken;

    @BeforeAll
    static void runBrokenContract() {
        broken = ContractResults.run("image-broken.contract");
    }

    @Test
    void keptFactsAndFilesPass() {
        ContractResults results = ContractResults.run("image-kept.contract");

        KEPT_FACTS.forEach(results::passed);
        KEPT_FILES.forEach(results::passed);
        assertThat(results.raw().testEvents().failed().count()).isZero();
    }

    @Test
    void brokenFactsSayExpectedAndActualAtTheirLine() {
        ContractResults results = broken;

        assertThat(results.failed("user \"root\""))
                .startsWith("image has user \"root\" (" + results.at(5) + ")")
                .contains("user: expected 'root', got 'app'");
        assertThat(results.failed("exposed port 9090/tcp")).contains("expected '9090/tcp', got '8080/tcp'");
        assertThat(results.failed("volume \"/var/lib/app\"")).contains("expected '/var/lib/app', got '/data'");
        assertThat(results.failed("env GREETING = \"ahoy\"")).contains("env GREETING: expected 'ahoy', got 'hello'");
        assertThat(results.failed("env MISSING_VAR")).contains("env MISSING_VAR is not set");
        assertThat(results.failed("label \"org.opencontainers.image.title\" = \"other\""))
                .contains("expected 'other', got 'plimsoll-it'");
        assertThat(results.failed("label \"dev.plimsoll.it\" matches /^prod$/"))
                .contains("expected to match /^prod$/, got 'engine-its'");
        assertThat(results.failed("stop signal SIGINT")).contains("expected 'SIGINT', got 'SIGTERM'");
        assertThat(results.failed("workdir \"/srv\"")).contains("expected '/srv', got '/data'");
        assertThat(results.failed("entrypoint [\"/bin/sh\"]"))
                .contains("expected [\"/bin/sh\"], got [\"/usr/local/bin/entrypoint\"]");
        assertThat(results.failed("cmd [\"serve\", \"--fast\"]")).contains("got [\"serve\"]");
        assertThat(results.failed("size below 10MB"))
                .startsWith("image has size below 10MB (" + results.at(16) + ")")
                .contains("size: expected below 10.0 MB, got ");
    }

    @Test
    void brokenFilesSayExpectedAndActualAtTheirLine() {
        ContractResults results = broken;

        assertThat(results.failed("file \"/srv/www/robots.txt\" exists"))
                .startsWith("file \"/srv/www/robots.txt\" exists (" + results.at(19) + ")")
                .contains("'/srv/www/robots.txt' does not exist");
        assertThat(results.failed("file \"/srv/www\" absent"))
                .contains("expected '/srv/www' to be absent, got a directory");
        assertThat(results.failed("file \"/srv/www/index.html\" is directory"))
                .contains("type: expected directory, got regular file");
        assertThat(results.failed("file \"/srv/owned\" is regular file"))
                .contains("type: expected regular file, got directory");
        assertThat(results.failed("file \"/etc/passwd\" is symlink"))
                .contains("type: expected symlink, got regular file");
        assertThat(results.failed("file \"/srv/index-link\" is symlink to \"/etc/passwd\""))
                .contains("symlink target: expected '/etc/passwd', got '/srv/www/index.html'");
        assertThat(results.failed("file \"/srv/www/cgi-bin\" owned by \"app:app\""))
                .contains("owner: expected 'app:app', got 'root:root' (0:0)");
        assertThat(results.failed("file \"/usr/local/bin/entrypoint\" owned by \"1234\""))
                .contains("owner: expected '1234', got 'root' (0)");
        assertThat(results.failed("file \"/srv/www/cgi-bin/missing\" mode 0700"))
                .contains("mode: expected 0700, got 0755");
        assertThat(results.failed("file \"/etc/debian_version\" matches /^11\\./"))
                .contains("content: expected to match /^11\\./, got '12.");
        assertThat(results.failed("file \"/srv/www/cgi-bin/visit\" contains \"visitors=\""))
                .contains("content: expected to contain 'visitors=', got '#!/bin/sh");
        assertThat(results.failed("file \"/srv/www/version.txt\" = \"2.0\""))
                .startsWith("file \"/srv/www/version.txt\" = \"2.0\" (" + results.at(30) + ")")
                .contains("content: expected '2.0', got '1.0'");
    }

    @Test
    void factsThatNeedWhatThePlainImageLacksFail() {
        ContractResults results = ContractResults.run("image-plain.contract");

        assertThat(results.failed("healthcheck"))
                .startsWith("image has healthcheck (" + results.at(5) + ")")
                .contains("healthcheck: expected one, the image defines none");
        assertThat(results.failed("user \"app\"")).contains("user: expected 'app', got 'root (no USER)'");
        ContractResults.run("image-root.contract").passed("user \"root\"");
    }
}
