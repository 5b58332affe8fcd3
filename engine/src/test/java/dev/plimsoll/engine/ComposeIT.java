package dev.plimsoll.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A contract whose services come from a Compose file: the Compose settings reach real containers, a
 * {@code service_healthy} dependency follows the Compose healthcheck, and {@code disable: true} turns the image's off.
 */
class ComposeIT {
    private static final String SCENARIO = "the Compose settings reach the containers";
    private static ContractResults compose;

    @BeforeAll
    static void runContract() {
        compose = ContractResults.run("compose/compose.contract");
    }

    @Test
    void workingDirAnonymousVolumeAndAliasReachTheContainers() {
        compose.passed(SCENARIO, "expect command \"pwd\" exits 0 on service cache { stdout contains \"/srv\" }");
        compose.passed(SCENARIO, "expect command [\"grep\", \" /cache \", \"/proc/mounts\"] exits 0 on service cache");
        compose.passed(SCENARIO, "expect command \"getent hosts store\" exits 0");
    }

    @Test
    void theComposeHealthcheckIsTheOneDockerRuns() {
        compose.passed(SCENARIO, "wait for healthy on service cache within 5s");
        assertThat(compose.failed(SCENARIO, "wait for healthy within 2s")).contains("has no HEALTHCHECK");
    }
}
