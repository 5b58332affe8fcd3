package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageAccountsTest {

    private final ImageAccounts accounts = ImageAccounts.parse(
            """
            root:x:0:0:root:/root:/bin/bash
            app:x:1234:1235:App:/data:/usr/sbin/nologin
            broken line
            nobody:x:notanumber:65534::/:/bin/false
            """,
            """
            root:x:0:
            app:x:1235:
            staff:x:50:app
            """);

    @Test
    void mapsUidsAndNamesBothWays() {
        assertThat(accounts.userName(1234)).contains("app");
        assertThat(accounts.uid("app")).hasValue(1234);
        assertThat(accounts.primaryGid("app")).hasValue(1235);
        assertThat(accounts.groupName(1235)).contains("app");
        assertThat(accounts.gid("staff")).hasValue(50);
    }

    @Test
    void skipsMalformedLinesAndKnowsNothingElse() {
        assertThat(accounts.uid("nobody")).isEmpty();
        assertThat(accounts.userName(99)).isEmpty();
        assertThat(ImageAccounts.empty().uid("root")).isEmpty();
    }
}
