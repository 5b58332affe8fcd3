package dev.plimsoll.grammar.bench;

import dev.plimsoll.grammar.Contracts;
import dev.plimsoll.grammar.ParseResult;
import dev.plimsoll.grammar.parser.ContractLexer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
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
 * Contracts per second for the first language.md example: parse + validate, against a baseline that only
 * lexes the same text, so results compare across machines as a ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ContractBenchmark {
    private String text;

    @Setup
    public void load() throws IOException {
        try (InputStream in = ContractBenchmark.class.getResourceAsStream("/examples/greeter.contract")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public ParseResult parseAndValidate() {
        ParseResult result = Contracts.parse("greeter.contract", text);
        if (result.hasErrors()) {
            throw new IllegalStateException(result.render());
        }
        return result;
    }

    @Benchmark
    public int lexOnly() {
        ContractLexer lexer = new ContractLexer(CharStreams.fromString(text));
        int tokens = 0;
        while (lexer.nextToken().getType() != Token.EOF) {
            tokens++;
        }
        return tokens;
    }
}
