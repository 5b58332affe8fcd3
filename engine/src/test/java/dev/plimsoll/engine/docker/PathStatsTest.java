package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PathStatsTest {

    private static String header(long mode, String linkTarget) {
        String json = "{\"name\":\"x\",\"size\":0,\"mode\":" + mode + ",\"mtime\":\"2026-11-30T02:37:27Z\","
                + "\"linkTarget\":\"" + linkTarget + "\"}";
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSocketIsNamedByGosSocketBitWithItsPermissions() {
        // What Docker 20.10 sent for a socket made by a process running with umask 022.
        FileEntry entry = PathStats.entry("/tmp/s.sock", header(16777709L, ""));
        assertThat(entry.type()).isEqualTo(FileEntry.Type.SOCKET);
        assertThat(entry.mode()).isEqualTo(0755);
        assertThat(entry.uid()).isEqualTo(FileEntry.UNKNOWN_OWNER);
        assertThat(entry.content()).isEmpty();
    }

    @Test
    void otherKindsAreToldApart() {
        assertThat(PathStats.type(420)).isEqualTo(FileEntry.Type.FILE);
        assertThat(PathStats.type((1L << 31) | 0755)).isEqualTo(FileEntry.Type.DIRECTORY);
        assertThat(PathStats.type((1L << 27) | 0777)).isEqualTo(FileEntry.Type.SYMLINK);
        assertThat(PathStats.type((1L << 25) | 0644)).isEqualTo(FileEntry.Type.OTHER);
        assertThat(PathStats.entry("/l", header((1L << 27) | 0777, "/target")).linkTarget())
                .contains("/target");
    }

    @Test
    void theOwnerComesFromStatInTheContainerWhenItWorks() {
        FileEntry socket = PathStats.entry("/tmp/s.sock", header(16777709L, ""));
        FileEntry owned = PathStats.withOwner(socket, new ExecResult(OptionalInt.of(0), "1000 1001\n", ""));
        assertThat(owned.uid()).isEqualTo(1000);
        assertThat(owned.gid()).isEqualTo(1001);
        assertThat(PathStats.withOwner(socket, new ExecResult(OptionalInt.of(127), "", "stat: not found"))
                        .uid())
                .isEqualTo(FileEntry.UNKNOWN_OWNER);
    }

    @Test
    void setuidSetgidAndStickyMoveToTheirUnixBits() {
        assertThat(PathStats.permissions((1L << 23) | 0755)).isEqualTo(04755);
        assertThat(PathStats.permissions((1L << 22) | 0755)).isEqualTo(02755);
        assertThat(PathStats.permissions((1L << 31) | (1L << 20) | 0777)).isEqualTo(01777);
    }
}
