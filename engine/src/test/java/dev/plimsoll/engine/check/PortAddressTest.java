package dev.plimsoll.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortAddressTest {

    @Test
    void aPublishedPortSaysWhereItIsPublished() {
        PortAddress address = PortAddress.published("127.0.0.1", 49153, 9000);

        assertThat(address.describe()).isEqualTo("127.0.0.1:49153 (container port 9000)");
        assertThat(address.route()).isEqualTo("published on 127.0.0.1:49153");
    }

    @Test
    void anAddressOnANetworkUsesTheContainerPortAndNamesTheNetwork() {
        PortAddress address = PortAddress.onNetwork("172.18.0.3", 9000, "plimsoll-abc-1");

        assertThat(address.port()).isEqualTo(9000);
        assertThat(address.describe()).isEqualTo("172.18.0.3:9000 (container port 9000 on network plimsoll-abc-1)");
        assertThat(address.route()).isEqualTo("at 172.18.0.3:9000 on network plimsoll-abc-1");
    }

    @Test
    void anIpv6HostIsBracketed() {
        assertThat(PortAddress.onNetwork("fd00::3", 80, "n").authority()).isEqualTo("[fd00::3]:80");
    }
}
