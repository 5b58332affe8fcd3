package dev.plimsoll.runner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContractTextTest {

    @Test
    void stringsEscapeWhatTheLanguageWouldReadOtherwise() {
        assertThat(ContractText.string("a\"b\\c$d\ne\tf")).isEqualTo("\"a\\\"b\\\\c\\$d\\ne\\tf\"");
    }

    @Test
    void regexesEscapeSlashesAndLineBreaksButKeepEscapes() {
        assertThat(ContractText.regex("a/b\\/c\\d\nx", "m")).isEqualTo("/a\\/b\\/c\\d\\nx/m");
    }

    static Stream<Arguments> nowhereCases() {
        return Stream.of(
                Arguments.of("secret", "the secret is out", false),
                Arguments.of("secret", "nothing here", true),
                Arguments.of("^a", "b\na", true),
                Arguments.of("a|b", "xbx", false),
                Arguments.of("(?i)LOREM", "lorem", false));
    }

    @ParameterizedTest
    @MethodSource("nowhereCases")
    void nowhereMatchesExactlyWhenTheRegexFindsNothing(String regex, String text, boolean matches) {
        assertThat(Pattern.compile(ContractText.nowhere(regex)).matcher(text).find())
                .isEqualTo(matches);
    }

    @Test
    void literalsMatchOnlyThemselves() {
        String text = "a.b*c(d)[e]{f}|g^h$i\\j+k?";
        assertThat(Pattern.compile(ContractText.literal(text)).matcher(text).matches())
                .isTrue();
        assertThat(Pattern.compile(ContractText.literal("a.b")).matcher("axb").find())
                .isFalse();
    }
}
