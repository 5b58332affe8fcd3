package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SocketContainersTest {
    private static final String ID = "2bd94c3f303545ac3300abf95fb0d7dca6d9bbd1b03d9e15f9be97bfbf93dbb4";

    private final SocketContainers containers = new SocketContainers();

    @Test
    void aContainerCreatedButNeverStartedIsListed() {
        containers.created(ID, "");
        assertThat(containers.all()).containsExactly(ID);
    }

    @Test
    void startingACreatedContainerByNameOrShortIdListsItOnce() {
        containers.created(ID, "child");
        containers.started("child");
        containers.started(ID.substring(0, 12));
        assertThat(containers.all()).containsExactly(ID);
    }

    @Test
    void aContainerCreatedElsewhereButStartedHereIsListedByItsReference() {
        containers.created(ID, "");
        containers.started("made-by-hand");
        containers.started("made-by-hand");
        assertThat(containers.all()).containsExactly(ID, "made-by-hand");
    }
}
