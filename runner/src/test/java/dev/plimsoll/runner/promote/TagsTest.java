package dev.plimsoll.runner.promote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TagsTest {

    /** Options as given on the command line, then the tags they give, in order. */
    static Stream<Arguments> tagTable() {
        return Stream.of(
                row("--version 1.2.3", "1.2.3"),
                row("--version 1.2.3 --semver", "1.2.3 1.2 1"),
                row("--version v1.2.3 --semver", "1.2.3 1.2 1"),
                row("--version 10.20.30 --semver --latest", "10.20.30 10.20 10 latest"),
                row("--version 0.4.1 --semver", "0.4.1 0.4"),
                row("--version 0.4.1 --semver --semver-zero", "0.4.1 0.4 0"),
                row("--version 0.0.9 --semver", "0.0.9 0.0"),
                row("--version 1.3.0-rc.1 --semver --latest", "1.3.0-rc.1 latest"),
                row("--version 1.3.0+build.7 --semver", "1.3.0_build.7"),
                row("--version 1.3.0-beta+exp.sha.5114f85 --semver", "1.3.0-beta_exp.sha.5114f85"),
                row("--version 1.2.3 --semver --suffix alpine", "1.2.3-alpine 1.2-alpine 1-alpine"),
                row("--version 1.2.3 --semver --latest --suffix alpine", "1.2.3-alpine 1.2-alpine 1-alpine alpine"),
                row(
                        "--version 2.0.0 --semver --suffix slim --suffix alpine",
                        "2.0.0-slim 2.0-slim 2-slim 2.0.0-alpine 2.0-alpine 2-alpine"),
                row("--version 1.2.3 --tag edge --tag sha-5114f85", "1.2.3 edge sha-5114f85"),
                row("--version 1.2.3 --suffix alpine --tag edge", "1.2.3-alpine edge"),
                row("--latest", "latest"),
                row("--tag latest --latest", "latest"),
                row("--version 1.0.0 --semver --tag 1", "1.0.0 1.0 1"));
    }

    @ParameterizedTest(name = "{0} gives {1}")
    @MethodSource("tagTable")
    void optionsGiveTheseTagsInThisOrder(String options, List<String> expected) {
        assertThat(Tags.of(rules(options))).isEqualTo(new Tags.Listed(expected));
    }

    static Stream<Arguments> refusalTable() {
        return Stream.of(
                Arguments.of(
                        "--version 1.2 --semver",
                        "--version '1.2' is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.3 or 1.2.3-rc.1; "
                                + "see semver.org)"),
                Arguments.of("--version 01.2.3 --semver", "--version '01.2.3' is not a semantic version"),
                Arguments.of("--version 1.2.3-01 --semver", "--version '1.2.3-01' is not a semantic version"),
                Arguments.of("--version 1.2.3+build --suffix ok --semver --tag a+b", "'a+b' is not a tag Docker"),
                Arguments.of("--version 1.2.3+build", "'1.2.3+build' is not a tag Docker accepts: up to 128"),
                Arguments.of("--version 1.2.3 --suffix -x", "--suffix '-x' cannot be part of a Docker tag"),
                Arguments.of("--tag .hidden", "'.hidden' is not a tag Docker accepts"),
                Arguments.of("", "nothing to tag: give --version, --tag or --latest"),
                Arguments.of("--suffix alpine", "nothing to tag: give --version, --tag or --latest"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("refusalTable")
    void optionsThatGiveNoValidTagAreRefusedWithOneSentence(String options, String reasonStart) {
        Tags.Computed computed = Tags.of(rules(options));

        assertThat(computed).isInstanceOf(Tags.Refused.class);
        assertThat(((Tags.Refused) computed).reason()).startsWith(reasonStart);
    }

    private static Arguments row(String options, String tags) {
        return Arguments.of(options, List.of(tags.split(" ")));
    }

    /** A tiny reading of the command line's options, so the table reads like what users type. */
    private static TagRules rules(String options) {
        List<String> words = options.isEmpty() ? List.of() : Arrays.asList(options.split(" "));
        Optional<String> version = Optional.empty();
        boolean semver = false;
        boolean zero = false;
        boolean latest = false;
        List<String> tags = new java.util.ArrayList<>();
        List<String> suffixes = new java.util.ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            switch (words.get(i)) {
                case "--version" -> version = Optional.of(words.get(++i));
                case "--semver" -> semver = true;
                case "--semver-zero" -> zero = true;
                case "--latest" -> latest = true;
                case "--tag" -> tags.add(words.get(++i));
                case "--suffix" -> suffixes.add(words.get(++i));
                default -> throw new IllegalArgumentException(words.get(i));
            }
        }
        return new TagRules(version, semver, zero, latest, tags, suffixes);
    }
}
