package dev.plimsoll.engine.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.grammar.Contracts;
import dev.plimsoll.grammar.Variables;
import dev.plimsoll.grammar.ast.Contract;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractSecretsTest {

    private static Contract parse(String text) {
        return Contracts.parse("app.contract", text).contract().orElseThrow();
    }

    @Test
    void findsEnvValuesWithCredentialNamesResolved() {
        Contract contract = parse(
                """
                image "app"
                scenario "s" {
                  env POSTGRES_PASSWORD = "pw-${SUFFIX}"
                  env GREETING = "hello"
                  expect running after 1s
                }
                """);

        assertThat(ContractSecrets.values(contract, Variables.of(Map.of("SUFFIX", "42")), Set.of()))
                .containsExactly("pw-42");
    }

    @Test
    void findsServiceEnvHeadersAndSecretVariablesWherever() {
        Contract contract = parse(
                """
                image "app"
                service db {
                  image "postgres"
                  env POSTGRES_PASSWORD = "db-pass-1"
                }
                scenario "s" {
                  env DB_URL = "postgres://app:${DB_TOKEN}@db"
                  expect http GET "/" port 80 header "Authorization" = "Bearer abc.def" header "Accept" = "text/plain"
                }
                """);

        assertThat(ContractSecrets.values(contract, Variables.of(Map.of("DB_TOKEN", "tok-9")), Set.of()))
                .containsExactlyInAnyOrder("tok-9", "db-pass-1", "Bearer abc.def");
    }

    @Test
    void marksNamesTheUserCalledSecretAndEachMatrixCase() {
        Contract contract = parse(
                """
                image "app"
                scenario "s" for PASS in "one-pass", "two-pass" {
                  env DB_PASS = "${PASS}"
                  expect running after 1s
                }
                """);

        assertThat(ContractSecrets.values(contract, Variables.empty(), Set.of("DB_PASS")))
                .containsExactlyInAnyOrder("one-pass", "two-pass");
        assertThat(ContractSecrets.values(contract, Variables.empty(), Set.of()))
                .isEmpty(); // neither DB_PASS nor PASS looks like a credential
    }
}
