package dev.plimsoll.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void namesThatLookLikeCredentialsAreSecretIgnoringCase() {
        List.of("POSTGRES_PASSWORD", "api_token", "ClientSecret", "AWS_ACCESS_KEY_ID", "Authorization")
                .forEach(name -> assertThat(Secrets.isSecretName(name, Set.of()))
                        .as(name)
                        .isTrue());
        List.of("GREETING", "PORT", "Content-Type", "USER")
                .forEach(name -> assertThat(Secrets.isSecretName(name, Set.of()))
                        .as(name)
                        .isFalse());
    }

    @Test
    void theUserMarksMoreNames() {
        assertThat(Secrets.isSecretName("DB_PASS", Set.of("db_pass"))).isTrue();
        assertThat(Secrets.isSecretName("DB_PASS", Set.of("DB"))).isFalse();
    }

    @Test
    void masksEveryOccurrenceLongestFirst() {
        Secrets secrets = Secrets.of(List.of("hunter2", "hunter2-extra"));

        assertThat(secrets.mask("pw=hunter2-extra and hunter2, hunter2")).isEqualTo("pw=*** and ***, ***");
        assertThat(secrets.appearIn("nothing here")).isFalse();
        assertThat(secrets.appearIn("a hunter2")).isTrue();
    }

    @Test
    void blankValuesAreNeverSecrets() {
        Secrets secrets = Secrets.of(List.of("", " "));

        assertThat(secrets.isEmpty()).isTrue();
        assertThat(secrets.mask("a b")).isEqualTo("a b");
    }

    @Test
    void registeredValuesAreKnownToTheWholeProcess() {
        Secrets.of(List.of("registered-7c1e")).register();

        assertThat(Secrets.registered().mask("x registered-7c1e y")).isEqualTo("x *** y");
    }
}
