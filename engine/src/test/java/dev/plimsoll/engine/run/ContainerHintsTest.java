package dev.plimsoll.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerHintsTest {
    private static final String ID = "3f4e8a1b2c9d" + "0".repeat(52);

    @TempDir
    Path root;

    @Test
    void aMachineWithoutSignsIsNotInAContainer() throws IOException {
        write("etc/hostname", "build-host\n");
        write("proc/self/cgroup", "0::/\n");

        ContainerHints hints = ContainerHints.read(root);

        assertThat(hints.inContainer()).isFalse();
        assertThat(hints.candidates()).isEmpty();
    }

    @Test
    void dockerenvIsASignButNamesNoContainer() throws IOException {
        write(".dockerenv", "");
        write("etc/hostname", "vm\n");

        ContainerHints hints = ContainerHints.read(root);

        assertThat(hints.sign()).contains("/.dockerenv exists");
        assertThat(hints.candidates()).isEmpty();
    }

    @Test
    void theMountOfEtcHostnameNamesTheContainer() throws IOException {
        write(
                "proc/self/mountinfo",
                "612 590 0:52 / / rw,relatime - overlay overlay rw\n"
                        + "628 612 8:1 /var/lib/docker/containers/" + ID
                        + "/hostname /etc/hostname rw,relatime - ext4 /dev/sda1 rw\n");

        ContainerHints hints = ContainerHints.read(root);

        assertThat(hints.sign()).contains("/etc/hostname is mounted from a container's directory");
        assertThat(hints.candidates()).containsExactly(ID);
    }

    @Test
    void theDockerHostsOwnMountTableNamesNoContainer() throws IOException {
        // the machine that runs Docker sees every container's shm mount
        write(
                "proc/self/mountinfo",
                "201 25 0:48 / /var/lib/docker/containers/" + ID
                        + "/mounts/shm rw,nosuid - tmpfs shm rw,size=65536k\n");

        ContainerHints hints = ContainerHints.read(root);

        assertThat(hints.inContainer()).isFalse();
        assertThat(hints.candidates()).isEmpty();
    }

    @Test
    void cgroupV1NamesTheContainer() throws IOException {
        write("proc/self/cgroup", "12:memory:/docker/" + ID + "\n11:cpu:/docker/" + ID + "\n");

        assertThat(ContainerHints.read(root).candidates()).containsExactly(ID);
    }

    @Test
    void aHostNameLikeAnIdCountsOnlyInsideAContainer() throws IOException {
        write("etc/hostname", "3f4e8a1b2c9d\n");
        assertThat(ContainerHints.read(root).candidates()).isEmpty();

        write(".dockerenv", "");
        assertThat(ContainerHints.read(root).candidates()).containsExactly("3f4e8a1b2c9d");
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
