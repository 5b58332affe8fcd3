package dev.plimsoll.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DockerIgnoreTest {

    @ParameterizedTest(name = "''{0}'' on {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "*.log            | debug.log          | true",
                "*.log            | logs/debug.log     | false",
                "*/*.log          | logs/debug.log     | true",
                "**/*.log         | debug.log          | true",
                "**/*.log         | a/b/c/debug.log    | true",
                "a/**/z           | a/z                | true",
                "a/**/z           | a/b/c/z            | true",
                "a/**             | a/b/c              | true",
                "secret?.txt      | secret1.txt        | true",
                "secret?.txt      | secret12.txt       | false",
                "secret?.txt      | secret/.txt        | false",
                "/secret.txt      | secret.txt         | true",
                "./secret.txt     | secret.txt         | true",
                "build            | build/out/app.jar  | true",
                "build            | builder            | false",
                "b[ae]d           | bad                | true",
                "b[!ae]d          | bad                | false",
                "b[^ae]d          | bid                | true",
                "a\\*b            | a*b                | true",
                "a\\*b            | axb                | false",
                "file.txt         | file.txt           | true",
                "file.txt         | filextxt           | false",
                "# a comment      | # a comment        | false",
            })
    void matchesOnePatternAsDockerDoes(String pattern, String path, boolean ignored) {
        assertThat(DockerIgnore.parse(List.of(pattern)).ignores(path)).isEqualTo(ignored);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ignored/drop.txt, true",
        "ignored/keep.txt, false",
        "ignored, true",
        "notes/a.tmp, true",
        "notes/readme.txt, false",
        "keep.log, false",
        "other.log, true",
    })
    void theLastMatchingPatternWinsAndExclamationReincludes(String path, boolean ignored) {
        DockerIgnore ignore =
                DockerIgnore.parse(List.of("", "  ignored  ", "!ignored/keep.txt", "**/*.tmp", "*.log", "!keep.log"));

        assertThat(ignore.ignores(path)).isEqualTo(ignored);
    }

    @ParameterizedTest
    @CsvSource({"a/./b/../c, a/c", "/a//b/, a/b", "./, ''", "../a, ../a"})
    void cleansPathsLikeGo(String path, String clean) {
        assertThat(DockerIgnore.clean(path)).isEqualTo(clean);
    }

    @ParameterizedTest
    @CsvSource({"'*.log', true", "'*.log\n!keep.log', false"})
    void skipsIgnoredDirectoriesWholeOnlyWithoutExclusions(String lines, boolean canSkip) {
        assertThat(DockerIgnore.parse(lines.lines().toList()).canSkipIgnoredDirectories())
                .isEqualTo(canSkip);
    }
}
