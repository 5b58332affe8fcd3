package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SocketContainersTest {
    private static final String ID = "2bd94c3f303545ac3300abf95fb0d7dca6d9bbd1b03d9e15f9be97bfbf93dbb4";

    private final SocketContainers containers = new SocketContainers();

    @Test
    void aContainerCreatedButNeverStartedIsTheScenarios() {
        containers.created(ID, "");
        assertThat(containers.created()).containsExactly(ID);
        assertThat(containers.startedOnly()).isEmpty();
    }

    @Test
    void startingACreatedContainerByNameOrShortIdKeepsItOnceAsCreated() {
        containers.created(ID, "child");
        containers.started("child");
        containers.started(ID.substring(0, 12));
        assertThat(containers.created()).containsExactly(ID);
        assertThat(containers.startedOnly()).isEmpty();
    }

    @Test
    void aContainerMadeElsewhereThatItStartedIsNotTheScenarios() {
        containers.created(ID, "");
        containers.started("users-database");
        containers.started("users-database");
        assertThat(containers.created()).containsExactly(ID);
        assertThat(containers.startedOnly()).containsExactly("users-database");
    }
}
