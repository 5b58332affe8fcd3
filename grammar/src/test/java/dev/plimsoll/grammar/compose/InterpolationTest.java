package dev.plimsoll.grammar.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cases of Compose's interpolation reference, as a table. Variables: SET=value, EMPTY is set to "",
 * FOO=foo; everything else is unset.
 */
class InterpolationTest {
    private static final Map<String, String> VARIABLES = Map.of("SET", "value", "EMPTY", "", "FOO", "foo");

    static Stream<Arguments> resolved() {
        return Stream.of(
                Arguments.of("plain text", "plain text"),
                Arguments.of("${SET}", "value"),
                Arguments.of("$SET", "value"),
                Arguments.of("$SET/path", "value/path"),
                Arguments.of("pre-${SET}-post", "pre-value-post"),
                Arguments.of("${UNSET}", ""),
                Arguments.of("$UNSET.txt", ".txt"),
                // default when unset or empty / when unset
                Arguments.of("${UNSET:-default}", "default"),
                Arguments.of("${EMPTY:-default}", "default"),
                Arguments.of("${SET:-default}", "value"),
                Arguments.of("${UNSET-default}", "default"),
                Arguments.of("${EMPTY-default}", ""),
                Arguments.of("${SET-default}", "value"),
                Arguments.of("${UNSET:-}", ""),
                Arguments.of("${API_PORT:-8080}:8080", "8080:8080"),
                // replacement when set and non-empty / when set
                Arguments.of("${SET:+replacement}", "replacement"),
                Arguments.of("${EMPTY:+replacement}", ""),
                Arguments.of("${UNSET:+replacement}", ""),
                Arguments.of("${EMPTY+replacement}", "replacement"),
                Arguments.of("${UNSET+replacement}", ""),
                // required, when present
                Arguments.of("${SET:?must be set}", "value"),
                Arguments.of("${EMPTY?must be set}", ""),
                // nested
                Arguments.of("${UNSET:-${FOO}}", "foo"),
                Arguments.of("${UNSET:-${OTHER:-default}}", "default"),
                Arguments.of("${UNSET:-$FOO}", "foo"),
                Arguments.of("${SET:-${UNSET?never evaluated}}", "value"),
                // $$ is a literal dollar and stops interpolation
                Arguments.of("$$", "$"),
                Arguments.of("$$VAR_NOT_INTERPOLATED", "$VAR_NOT_INTERPOLATED"),
                Arguments.of("$${SET}", "${SET}"),
                Arguments.of("cost: 5$", "cost: 5$"),
                Arguments.of("$1 and $-", "$1 and $-"),
                Arguments.of("${UNSET:-a}b${SET}", "abvalue"));
    }

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @MethodSource
    void resolved(String written, String expected) {
        Interpolation.Outcome outcome = Interpolation.interpolate(written, lookup());

        assertThat(outcome).isInstanceOfSatisfying(Interpolation.Resolved.class, r -> assertThat(r.value())
                .isEqualTo(expected));
    }

    static Stream<Arguments> failed() {
        return Stream.of(
                Arguments.of("${UNSET:?the API needs a database}", "'UNSET' is not set: the API needs a database", 0),
                Arguments.of("${EMPTY:?must not be empty}", "'EMPTY' is empty: must not be empty", 0),
                Arguments.of("x ${UNSET?needed}", "'UNSET' is not set: needed", 2),
                Arguments.of("${UNSET?}", "'UNSET' is not set", 0),
                Arguments.of("${UNSET?$FOO is needed}", "'UNSET' is not set: foo is needed", 0),
                Arguments.of("a ${SET", "unclosed reference '${SET': add '}'", 2),
                Arguments.of("${}", "invalid reference '${}'", 0),
                Arguments.of("${SET/foo/bar}", "invalid reference '${SET/foo/bar}'", 0),
                Arguments.of("${9X}", "invalid reference '${9X}'", 0));
    }

    @ParameterizedTest(name = "{0} fails: {1}")
    @MethodSource
    void failed(String written, String message, int offset) {
        Interpolation.Outcome outcome = Interpolation.interpolate(written, lookup());

        assertThat(outcome).isInstanceOfSatisfying(Interpolation.Failed.class, f -> {
            assertThat(f.message()).startsWith(message);
            assertThat(f.offset()).isEqualTo(offset);
        });
    }

    @org.junit.jupiter.api.Test
    void reportsUnsetNamesWithoutDefaultOnce() {
        Interpolation.Outcome outcome = Interpolation.interpolate("$A ${A} ${B:-x} ${C}", lookup());

        assertThat(((Interpolation.Resolved) outcome).unset()).containsExactly("A", "C");
    }

    private static java.util.function.Function<String, Optional<String>> lookup() {
        return name -> Optional.ofNullable(VARIABLES.get(name));
    }
}
