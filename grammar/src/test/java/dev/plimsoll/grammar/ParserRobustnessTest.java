package dev.plimsoll.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random and mutated contracts (seeded, so a failure reproduces): the parser only ever returns an AST or
 * diagnostics, renders them, and takes well under a second per input.
 */
class ParserRobustnessTest {
    private static final int INPUTS = 10_000;
    private static final long LIMIT_NANOS = 1_000_000_000L;
    private static final Pattern TOKEN = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"|/[^/\\n]+/|\\S+|\\n");
    private static final List<String> EXTRA = List.of(
            "{",
            "}",
            "[",
            "]",
            ",",
            "=",
            "\"",
            "/",
            "${",
            "${A:-",
            "\\",
            "#",
            "5s",
            "5",
            "0750",
            "8080/udp",
            "-1",
            "1.5GiB",
            "image",
            "has",
            "expect",
            "wait",
            "for",
            "in",
            "and",
            "not",
            "lines",
            "in",
            "order",
            "\t",
            "\r\n",
            "\uFEFF",
            "é",
            "\u0000",
            "SIGTERM",
            "GET",
            "json",
            "\"$.[\"",
            "/(/",
            "service",
            "scenario",
            "\r",
            "\u00a0",
            "\u200b",
            "\u001b[31m",
            "“",
            "'",
            "//",
            "1h30m",
            "1e3",
            "/x/i",
            "99999999999999999999",
            "99999999999h",
            "65536",
            "\"$.items[\"",
            "\"http://localhost:8080/\"",
            "\"sh -c 'echo\"",
            "[]",
            "\"\"");

    @Test
    void neverThrowsAndStaysFastOnMutatedContracts() throws IOException {
        List<List<String>> seeds = List.of(
                tokens(Files.readString(ExamplesTest.example("greeter.contract"))),
                tokens(Files.readString(ExamplesTest.example("counter.contract"))));
        Random random = new Random(20240607L);
        int withContract = 0;
        for (int i = 0; i < INPUTS; i++) {
            String input = i % 10 == 9
                    ? noise(random)
                    : mutate(new ArrayList<>(seeds.get(i % 2)), random, 1 + random.nextInt(4));
            if (parseWithinLimit(i, input)) {
                withContract++;
            }
        }
        assertThat(withContract).as("some mutations stay valid").isPositive().isLessThan(INPUTS);
    }

    /** Shapes a hostile probe found: each gets located errors (at most the limit and a note), never a throw. */
    static Stream<Arguments> hostileShapes() {
        return Stream.of(
                Arguments.of(
                        "deep json path",
                        "image \"x\" scenario \"s\" { expect http GET \"/\" { json \"$" + "[?(@".repeat(5_000)
                                + ")]".repeat(5_000) + "\" exists } }"),
                Arguments.of(
                        "deep json path without filters",
                        "image \"x\" scenario \"s\" { expect http GET \"/\" {" + " json \"$" + "..a".repeat(20_000)
                                + "\" exists } }"),
                Arguments.of(
                        "huge numbers",
                        "image \"x\" scenario \"s\" { expect exit " + "9".repeat(5_000) + " within " + "9".repeat(5_000)
                                + "h }"),
                Arguments.of("many syntax errors", "image \"x\"\n" + "file \"/a\" bogus\n".repeat(50_000)),
                Arguments.of(
                        "many value errors", "image \"x\"\n" + "scenario \"s\" { expect exit 999 }\n".repeat(20_000)),
                Arguments.of("many braces", "{".repeat(50_000)),
                Arguments.of("a long line", "image \"x\" file \"/a\" exists " + "x".repeat(100_000)),
                Arguments.of("old mac line ends", "image \"x\"\r".repeat(2) + "file \"/a\" bogus\r"),
                Arguments.of(
                        "a huge matrix",
                        "image \"x\" scenario \"s\" for "
                                + IntStream.range(0, 12)
                                        .mapToObj(i -> "V" + i + " in " + "\"a\", \"b\", \"c\", \"d\"")
                                        .collect(Collectors.joining(" and "))
                                + " { expect exit 0 }"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileShapes")
    void givesLocatedErrorsForHostileShapes(String shape, String input) {
        ParseResult result = Contracts.parse("hostile.contract", input);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics())
                .hasSizeLessThanOrEqualTo(101)
                .allSatisfy(d -> assertThat(d.span().line()).isPositive());
        assertThat(result.render()).startsWith("hostile.contract:").doesNotContain("Exception");
    }

    @Test
    void locatesErrorsOnLinesEndedByCarriageReturnsAlone() {
        ParseResult result = Contracts.parse("mac.contract", "image \"x\"\rfile \"/a\" exists\rfile \"/b\" bogus\r");

        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.span().line()).isEqualTo(3));
    }

    private static boolean parseWithinLimit(int index, String input) {
        long start = System.nanoTime();
        ParseResult result;
        try {
            result = Contracts.parse("fuzz.contract", input);
            result.render();
            result.contract().ifPresent(ContractPrinter::print);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("input #" + index + " threw " + e + ":\n" + input, e);
        }
        long took = System.nanoTime() - start;
        if (took > LIMIT_NANOS) {
            fail("input #%d took %d ms:%n%s", index, took / 1_000_000, input);
        }
        if (result.contract().isEmpty() && result.diagnostics().isEmpty()) {
            fail("input #%d gave neither a contract nor a diagnostic:%n%s", index, input);
        }
        return result.contract().isPresent();
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static String mutate(List<String> tokens, Random random, int times) {
        for (int n = 0; n < times && !tokens.isEmpty(); n++) {
            int at = random.nextInt(tokens.size());
            switch (random.nextInt(6)) {
                case 0 -> tokens.remove(at);
                case 1 -> tokens.add(at, tokens.get(random.nextInt(tokens.size())));
                case 2 -> swap(tokens, at, random.nextInt(tokens.size()));
                case 3 -> tokens.subList(at, tokens.size()).clear();
                case 4 -> tokens.add(at, EXTRA.get(random.nextInt(EXTRA.size())));
                default -> tokens.set(at, chars(tokens.get(at), random));
            }
        }
        return String.join(" ", tokens);
    }

    private static void swap(List<String> tokens, int a, int b) {
        String first = tokens.get(a);
        tokens.set(a, tokens.get(b));
        tokens.set(b, first);
    }

    /** Inserts a random printable or control character into a token. */
    private static String chars(String token, Random random) {
        int at = random.nextInt(token.length() + 1);
        char c = (char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x3000));
        return token.substring(0, at) + c + token.substring(at);
    }

    private static String noise(Random random) {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(200);
        for (int i = 0; i < length; i++) {
            out.append(
                    random.nextInt(3) == 0
                            ? EXTRA.get(random.nextInt(EXTRA.size())) + " "
                            : (char) (32 + random.nextInt(95)));
        }
        return out.toString();
    }
}
