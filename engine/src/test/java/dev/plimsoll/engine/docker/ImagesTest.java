package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which image references name content that cannot change, so their inspection may be kept. */
class ImagesTest {
    @Test
    void onlyAFullContentIdIsKeptAcrossInspections() {
        assertThat(Images.isContentId("sha256:" + "0123456789abcdef".repeat(4))).isTrue();
        assertThat(Images.isContentId("sha256:0123456789ab")).isFalse();
        assertThat(Images.isContentId("app:1")).isFalse();
        assertThat(Images.isContentId("debian:bookworm-slim")).isFalse();
        assertThat(Images.isContentId("registry.example/app@sha256:" + "0123456789abcdef".repeat(4)))
                .isFalse();
    }
}
