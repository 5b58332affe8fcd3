package dev.plimsoll.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Compose keys of {@code it/compose/keys.yml}, each seen on a real container: build with its dockerfile, target
 * and args; image and command; env_file; a read-only bind mount; extends; user and entrypoint; depends_on service_started; a profile that
 * was not chosen starts nothing.
 */
class ComposeKeysIT {
    private static final String SCENARIO = "the Compose keys reach the containers";
    private static ContractResults keys;

    @BeforeAll
    static void runContract() {
        keys = ContractResults.run("compose/keys.contract");
    }

    @Test
    void theBuildTakesItsDockerfileTargetAndArgs() {
        keys.passed(SCENARIO, "wait for log \"flavour mint from the second stage\" within 10s");
    }

    @Test
    void envFileExtendsUserAndEntrypointReachTheirContainers() {
        keys.passed(SCENARIO, "expect log contains \"entry as nobody with from-env-file\" on service tool within 5s");
        keys.passed(
                SCENARIO,
                "expect command \"printenv KEYS_FROM_FILE\" exits 0 on service base { stdout equals \"from-env-file\" }");
        keys.passed(SCENARIO, "expect command \"id -un\" exits 0 on service tool { stdout equals \"nobody\" }");
    }

    @Test
    void aBindMountIsRelativeToTheComposeFileAndReadOnly() {
        keys.passed(
                SCENARIO,
                "expect command [\"grep\", \"-c\", \"Three stages\", \"/mnt/keys/Dockerfile.keys\"] exits 0 on service base");
        keys.passed(SCENARIO, "expect command \"touch /mnt/keys/written\" exits 1 on service base");
    }

    @Test
    void aServiceOfAProfileNotChosenIsNotStarted() {
        keys.passed(SCENARIO, "expect command \"getent hosts tool\" exits 0");
        keys.passed(SCENARIO, "expect command \"getent hosts debug\" exits 2");
    }
}
