package dev.plimsoll.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Runs in its own failsafe execution after all other ITs (see the engine's pom), so "the run left nothing behind" is
 * an asserted fact. Each contract run is already checked on its own ({@link ContractResults#run}); this catches what
 * a failed or aborted IT class left. Only the ITs' own objects are looked at: other plimsoll runs may share the engine.
 */
class NoLeftoversIT {

    @AfterAll
    static void removeTheCachedTestImage() {
        ItDocker.removeCachedImage();
    }

    @Test
    void noContainerOrVolumeOfTheTestsRemains() {
        assertThat(ItDocker.leftovers()).isEmpty();
    }
}
