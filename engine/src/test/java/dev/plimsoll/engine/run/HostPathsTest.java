package dev.plimsoll.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.engine.docker.ContainerInfo.Mount;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostPathsTest {
    private final HostPaths paths = HostPaths.through(
            "3f4e8a1b2c9d0123",
            List.of(
                    new Mount("/home/ci/builds/acme", "/builds/acme"),
                    new Mount("/srv/fixtures", "/builds/acme/specs/fixtures"),
                    new Mount("/var/run/docker.sock", "/var/run/docker.sock")));

    @Test
    void aPathUnderAMountIsThatMountsSourcePlusTheRest() {
        assertThat(paths.translate("/builds/acme/specs/web/site")).contains("/home/ci/builds/acme/specs/web/site");
    }

    @Test
    void theDeepestMountWins() {
        assertThat(paths.translate("/builds/acme/specs/fixtures/a.txt")).contains("/srv/fixtures/a.txt");
    }

    @Test
    void theMountPointItselfIsTheSource() {
        assertThat(paths.translate("/builds/acme")).contains("/home/ci/builds/acme");
    }

    @Test
    void aSiblingWithTheSamePrefixIsNotUnderTheMount() {
        assertThat(paths.translate("/builds/acme2/site")).isEmpty();
    }

    @Test
    void aPathUnderNoMountIsAnErrorNamingItAndTheMounts() {
        assertThat(paths.translate("/tmp/site")).isEmpty();
        assertThat(paths.notShared("/tmp/site"))
                .isEqualTo("/tmp/site is not on the Docker host: plimsoll runs in container 3f4e8a1b2c9d, and the path"
                        + " is in none of its mounts (/builds/acme, /builds/acme/specs/fixtures,"
                        + " /var/run/docker.sock); mount the folder that holds it into that container at the same"
                        + " path, such as -v \"$PWD:$PWD\"");
    }

    @Test
    void theSharedFolderIsTheFirstOneTheDockerHostHas() {
        assertThat(paths.sharedFolder(List.of(Path.of("/tmp"), Path.of("/builds/acme"))))
                .contains(Path.of("/builds/acme"));
        assertThat(paths.sharedFolder(List.of(Path.of("/tmp")))).isEmpty();
        assertThat(HostPaths.SAME.sharedFolder(List.of(Path.of("/tmp")))).contains(Path.of("/tmp"));
    }

    @Test
    void onTheDockerHostAPathIsItself() {
        assertThat(HostPaths.SAME.translate("/tmp/site")).contains("/tmp/site");
    }
}
