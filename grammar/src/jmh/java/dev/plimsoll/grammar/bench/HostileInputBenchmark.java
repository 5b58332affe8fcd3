package dev.plimsoll.grammar.bench;

import dev.plimsoll.grammar.Contracts;
import dev.plimsoll.grammar.ParseResult;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The inputs of a hostile probe, each parsed, validated and rendered as {@code check} does, in a JVM limited to
 * 256 MB of heap: a run that finishes shows the memory bound, its times the time bound (before the limits, 16,000
 * errors took 22 s and 1.5 GB, and a deep JSONPath overflowed the stack).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Xss512k"})
public class HostileInputBenchmark {
    private String manyErrors;
    private String veryManyErrors;
    private String deepJsonPath;
    private String hugeMatrix;

    @Setup
    public void inputs() {
        manyErrors = "image \"x\"\n" + "file \"/a\" bogus\n".repeat(16_000);
        veryManyErrors = "image \"x\"\n" + "scenario \"s\" { expect exit 999 }\n".repeat(87_000);
        deepJsonPath = "image \"x\" scenario \"s\" { expect http GET \"/\" { json \"$" + "[?(@".repeat(5_000)
                + ")]".repeat(5_000) + "\" exists } }";
        hugeMatrix = "image \"x\" scenario \"s\" for "
                + IntStream.range(0, 12)
                        .mapToObj(i -> "V" + i + " in \"a\", \"b\", \"c\", \"d\"")
                        .collect(Collectors.joining(" and "))
                + " { expect exit 0 }";
    }

    @Benchmark
    public String sixteenThousandSyntaxErrors() {
        return check(manyErrors);
    }

    @Benchmark
    public String eightySevenThousandValueErrors() {
        return check(veryManyErrors);
    }

    @Benchmark
    public String jsonPathNestedFiveThousandDeep() {
        return check(deepJsonPath);
    }

    @Benchmark
    public String twelveVariableMatrix() {
        return check(hugeMatrix);
    }

    private static String check(String text) {
        ParseResult result = Contracts.parse("hostile.contract", text);
        if (!result.hasErrors()) {
            throw new IllegalStateException("a hostile input was accepted");
        }
        return result.render();
    }
}
