package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "greeter                        | -                | greeter          | -      | docker.io",
                "acme/greeter:1.4               | -                | acme/greeter     | 1.4    | docker.io",
                "127.0.0.1:5000/greeter         | 127.0.0.1:5000   | greeter          | -      | 127.0.0.1:5000",
                "127.0.0.1:5000/a/greeter:1.2.3 | 127.0.0.1:5000   | a/greeter        | 1.2.3  | 127.0.0.1:5000",
                "ghcr.io/acme/greeter:edge      | ghcr.io          | acme/greeter     | edge   | ghcr.io",
                "localhost/greeter:x            | localhost        | greeter          | x      | localhost",
            })
    void splitsAsTheDockerCliDoes(String reference, String registry, String path, String tag, String host) {
        ImageName name = ImageName.parse(reference).orElseThrow();

        assertThat(name.registry()).isEqualTo(Optional.ofNullable(registry));
        assertThat(name.path()).isEqualTo(path);
        assertThat(name.tag()).isEqualTo(Optional.ofNullable(tag));
        assertThat(name.registryHost()).isEqualTo(host);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "Greeter", "acme/Greeter", "greeter:-x", "greeter:a+b", "a//b", "greeter@sha256:zz"})
    void refusesWhatDockerRefuses(String reference) {
        assertThat(ImageName.parse(reference)).isEmpty();
    }

    @ParameterizedTest(name = "{0} at {1} is {2}")
    @CsvSource({
        "acme/greeter:ci, 127.0.0.1:5000, 127.0.0.1:5000/acme/greeter",
        "ghcr.io/acme/greeter, 127.0.0.1:5000, 127.0.0.1:5000/acme/greeter",
        "greeter, ghcr.io/acme, ghcr.io/acme/greeter",
    })
    void movesToAnotherRegistryKeepingItsPath(String reference, String registry, String repository) {
        assertThat(ImageName.parse(reference).orElseThrow().at(registry).repository())
                .isEqualTo(repository);
    }
}
