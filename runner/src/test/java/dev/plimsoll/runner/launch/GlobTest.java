package dev.plimsoll.runner.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void starMatchesAnyRunIncludingSlashes() {
        Glob glob = Glob.of("*greeter*");

        assertThat(glob.matches("specs/greeter/greeter.contract")).isTrue();
        assertThat(glob.matches("greeter")).isTrue();
        assertThat(glob.matches("redis")).isFalse();
    }

    @Test
    void questionMarkMatchesOneCharacter() {
        assertThat(Glob.of("port ?0").matches("port 80")).isTrue();
        assertThat(Glob.of("port ?0").matches("port 8080")).isFalse();
    }

    @Test
    void everythingElseIsLiteral() {
        Glob glob = Glob.of("expect http GET \"/cgi-bin/health\" (v1.[0])");

        assertThat(glob.matches("expect http GET \"/cgi-bin/health\" (v1.[0])")).isTrue();
        assertThat(glob.matches("expect http GET \"/cgi-bin/health\" (v1x0)")).isFalse();
    }

    @Test
    void matchesTheWholeTextOnly() {
        assertThat(Glob.of("stops").matches("stops cleanly")).isFalse();
        assertThat(Glob.of("stops*").matches("stops cleanly")).isTrue();
    }
}
